package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class QuestionTextTest {

    @Test
    void normalize_decomposedAndComposedVietnameseAreTheSame() {
        String composed = "Bộ phận Một cửa tiếp nhận hồ sơ thủ tục hành chính";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(QuestionText.normalize(decomposed)).isEqualTo(QuestionText.normalize(composed));
        assertThat(QuestionText.tidy(decomposed)).isEqualTo(composed);
    }

    @Test
    void normalize_ignoresCaseSpacingAndInvisibleCharacters() {
        assertThat(QuestionText.normalize("  CHỈ SỐ\u00A0PAR   Index\u200B \t\r\n"))
                .isEqualTo(QuestionText.normalize("chỉ số PAR index"))
                .isEqualTo("chỉ số par index");
    }

    @Test
    void normalize_keepsDiacriticsThatChangeTheMeaning() {
        assertThat(QuestionText.normalize("Hồ sơ đã nộp")).isNotEqualTo(QuestionText.normalize("Hồ sơ đã nôp"));
    }

    @Test
    void tidy_stripsByteOrderMarkAndCollapsesLineBreaks() {
        assertThat(QuestionText.tidy("\uFEFFNghị quyết\r\nsố 76/NQ-CP ")).isEqualTo("Nghị quyết số 76/NQ-CP");
        assertThat(QuestionText.tidy(null)).isEmpty();
    }

    @Test
    void fold_matchesLabelsTypedWithOrWithoutDiacritics() {
        assertThat(QuestionText.fold("ĐÁP ÁN ĐÚNG")).isEqualTo("dap an dung");
        assertThat(QuestionText.fold(Normalizer.normalize("Căn cứ pháp lý", Normalizer.Form.NFD)))
                .isEqualTo("can cu phap ly");
    }
}
