package vn.cuocthi.tenantadmin.questionbank.importing;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * What Word shows that POI's simple getters miss: bold and automatic list numbering that come from a style (as
 * well as from the paragraph or run itself), and tracked changes, whose deleted text POI would read as text.
 */
final class WordFormatting {

    /** What a paragraph's automatic numbering makes it: "1." numbers questions, "A." / "a." letters options. */
    enum Numbering { NONE, NUMBER, LETTER }

    private static final Pattern SECTION =
            Pattern.compile("(?:(?:phan|chuong|muc)\\b|[ivxl]+[.)]\\s).*");

    /** How far a chain of "based on" styles is followed; real documents need a few, a cycle would need forever. */
    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFStyles styles;
    private final XWPFNumbering numbering;

    WordFormatting(XWPFDocument document) {
        this.styles = document.getStyles();
        this.numbering = document.getNumbering();
    }

    /** Whether the run shows bold: its own setting, else its character style's, else its paragraph style's. */
    boolean isBold(XWPFRun run, XWPFParagraph paragraph) {
        CTRPr own = run.getCTR().getRPr();
        if (own != null && own.sizeOfBArray() > 0) {
            return POIXMLUnits.parseOnOff(own.getBArray(0));
        }
        if (own != null && own.sizeOfRStyleArray() > 0) {
            Optional<Boolean> fromCharacterStyle = styleBold(own.getRStyleArray(0).getVal());
            if (fromCharacterStyle.isPresent()) {
                return fromCharacterStyle.get();
            }
        }
        return styleBold(paragraph.getStyleID()).orElse(false);
    }

    Numbering numbering(XWPFParagraph paragraph) {
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null || numbering == null) {
            return Numbering.NONE;
        }
        BigInteger numId = numPr.getNumId().getVal();
        BigInteger level = numPr.getIlvl() == null ? BigInteger.ZERO : numPr.getIlvl().getVal();
        BigInteger abstractId = numId == null || numId.signum() == 0 ? null : numbering.getAbstractNumID(numId);
        XWPFAbstractNum definition = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (definition == null) {
            return Numbering.NONE;
        }
        for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray()) {
            if (level.equals(lvl.getIlvl()) && lvl.getNumFmt() != null) {
                String format = lvl.getNumFmt().getVal().toString();
                if (format.startsWith("decimal")) {
                    return Numbering.NUMBER;
                }
                if (format.equals("upperLetter") || format.equals("lowerLetter")) {
                    return Numbering.LETTER;
                }
            }
        }
        return Numbering.NONE;
    }

    /** Whether the paragraph holds tracked insertions, deletions or moves. */
    static boolean hasTrackedChanges(XWPFParagraph paragraph) {
        CTP p = paragraph.getCTP();
        return p.sizeOfInsArray() + p.sizeOfDelArray() + p.sizeOfMoveFromArray() + p.sizeOfMoveToArray() > 0;
    }

    /**
     * Whether the paragraph is a section heading between questions: a "Heading n" or "Title" style, or a line
     * starting "Phần", "Chương", "Mục" or a Roman numeral ("II. Thủ tục hành chính").
     */
    boolean isHeading(XWPFParagraph paragraph, String text) {
        String style = paragraph.getStyleID();
        return style != null && (style.startsWith("Heading") || style.equals("Title"))
                || SECTION.matcher(QuestionText.fold(text)).matches();
    }

    private CTNumPr numPr(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            return paragraph.getCTP().getPPr().getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.getNumPr() != null) {
                return pPr.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private Optional<Boolean> styleBold(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return Optional.empty();
            }
            CTStyle ct = style.getCTStyle();
            if (ct.getRPr() != null && ct.getRPr().sizeOfBArray() > 0) {
                return Optional.of(POIXMLUnits.parseOnOff(ct.getRPr().getBArray(0)));
            }
            id = style.getBasisStyleID();
        }
        return Optional.empty();
    }
}
