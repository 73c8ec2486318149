package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds Word documents in tests. In paragraph text, "**" switches bold on and off: "A. **Sở Nội vụ**" has a bold
 * option text; "\n" is a line break inside the paragraph and "\t" a tab.
 */
final class Documents {

    /** Word's automatic list numbering: "1." for questions, "A." for options. */
    enum AutoNumber { NUMBER, LETTER }

    /** A 1×1 transparent PNG. */
    static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private Documents() {
    }

    static byte[] docx(String... paragraphs) {
        Builder builder = new Builder();
        for (String paragraph : paragraphs) {
            builder.paragraph(paragraph);
        }
        return builder.bytes();
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * The smallest package Word and POI open, around {@code body} (WordprocessingML paragraphs): written by hand it
     * costs milliseconds where POI's writer takes seconds for thousands of paragraphs.
     */
    static byte[] minimalDocx(String body) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml"
                 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>"""));
        parts.put("_rels/.rels", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Target="word/document.xml"
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                </Relationships>"""));
        parts.put("word/document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>"));
        return Zips.zip(parts);
    }

    /** A paragraph of one run, bold or not, for {@link #minimalDocx(String)}; "\t" becomes a tab. */
    static String paragraphXml(String text, boolean bold) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace("\t", "</w:t><w:tab/><w:t>");
        return "<w:p><w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + escaped
                + "</w:t></w:r></w:p>";
    }

    private static byte[] utf8(String text) {
        return text.strip().getBytes(StandardCharsets.UTF_8);
    }

    static final class Builder {
        private final XWPFDocument document = new XWPFDocument();
        private final Map<AutoNumber, BigInteger> lists = new EnumMap<>(AutoNumber.class);

        Builder paragraph(String markup) {
            write(document.createParagraph(), markup);
            return this;
        }

        /** A paragraph in Word's automatic numbering: its text carries no number or letter of its own. */
        Builder numbered(AutoNumber kind, String markup) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setNumID(list(kind));
            paragraph.setNumILvl(BigInteger.ZERO);
            write(paragraph, markup);
            return this;
        }

        Builder table(String... cells) {
            XWPFTable table = document.createTable(1, cells.length);
            for (int i = 0; i < cells.length; i++) {
                table.getRow(0).getCell(i).setText(cells[i]);
            }
            return this;
        }

        Builder paragraphWithPicture(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText(text);
            try {
                paragraph.createRun().addPicture(new ByteArrayInputStream(PIXEL), PictureType.PNG, "hinh.png",
                        Units.toEMU(10), Units.toEMU(10));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** A paragraph with a tracked insertion and a tracked deletion, as Word's Track Changes writes them. */
        Builder paragraphWithTrackedChanges(String kept, String inserted, String deleted) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText(kept);
            var ins = paragraph.getCTP().addNewIns();
            ins.setId(BigInteger.ONE);
            ins.setAuthor("Chuyên viên");
            ins.addNewR().addNewT().setStringValue(inserted);
            var del = paragraph.getCTP().addNewDel();
            del.setId(BigInteger.TWO);
            del.setAuthor("Chuyên viên");
            del.addNewR().addNewDelText().setStringValue(deleted);
            return this;
        }

        XWPFDocument document() {
            return document;
        }

        byte[] bytes() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.write(out);
                document.close();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private BigInteger list(AutoNumber kind) {
            return lists.computeIfAbsent(kind, k -> {
                CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
                definition.setAbstractNumId(BigInteger.valueOf(lists.size() + 1));
                CTLvl level = definition.addNewLvl();
                level.setIlvl(BigInteger.ZERO);
                level.addNewStart().setVal(BigInteger.ONE);
                level.addNewNumFmt()
                        .setVal(k == AutoNumber.NUMBER ? STNumberFormat.DECIMAL : STNumberFormat.UPPER_LETTER);
                level.addNewLvlText().setVal(k == AutoNumber.NUMBER ? "Câu %1:" : "%1.");
                XWPFNumbering numbering = document.createNumbering();
                BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
                return numbering.addNum(abstractId);
            });
        }

        private static void write(XWPFParagraph paragraph, String markup) {
            boolean bold = false;
            for (String part : markup.split("\\*\\*", -1)) {
                if (!part.isEmpty()) {
                    writeRun(paragraph, part, bold);
                }
                bold = !bold;
            }
        }

        private static void writeRun(XWPFParagraph paragraph, String text, boolean bold) {
            var run = paragraph.createRun();
            run.setBold(bold);
            String[] lines = text.split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    run.addBreak();
                }
                String[] tabbed = lines[l].split("\t", -1);
                for (int t = 0; t < tabbed.length; t++) {
                    if (t > 0) {
                        run.addTab();
                    }
                    if (!tabbed[t].isEmpty()) {
                        run.setText(tabbed[t], run.getCTR().sizeOfTArray());
                    }
                }
            }
        }
    }
}
