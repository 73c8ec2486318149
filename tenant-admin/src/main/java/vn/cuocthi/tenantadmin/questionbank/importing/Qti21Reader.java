package vn.cuocthi.tenantadmin.questionbank.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IMS QTI 2.1: a zip package whose {@code imsmanifest.xml} lists item resources ({@code imsqti_item_xmlv2p1}), or
 * one bare {@code assessmentItem} XML file. An item is read when it has exactly one {@code choiceInteraction} and
 * its answer is its {@code correctResponse}, scored by no response processing or the {@code match_correct}
 * template; {@code maxChoices} other than 1 makes it multiple-response. Anything else is reported, not guessed.
 * Lines are item positions in the manifest (1 for a bare item).
 */
final class Qti21Reader implements QuestionReader {

    private static final String MANIFEST = "imsmanifest.xml";
    private static final String ITEM_TYPE = "imsqti_item_xmlv2p1";
    /** Content that is not part of the question as a contestant sees it before answering. */
    private static final Set<String> NOT_SHOWN = Set.of("choiceInteraction", "feedbackBlock", "feedbackInline",
            "modalFeedback", "rubricBlock", "templateBlock", "templateInline");
    private static final Set<String> MEDIA = Set.of("img", "object", "audio", "video", "math");

    @Override
    public void read(byte[] content, ImportContext context) {
        switch (FileKind.of(content)) {
            case ZIP -> readPackage(content, context);
            case TEXT -> item(content, 1, null, context);
            case PDF -> context.problem(0, ProblemCode.FILE_IS_PDF, context.format().label());
            default -> context.problem(0, ProblemCode.FILE_NOT_PACKAGE, context.format().label());
        }
    }

    private static void readPackage(byte[] zip, ImportContext context) {
        Optional<ZipPackage> opened = ZipPackage.open(zip, context, Integer.MAX_VALUE,
                name -> name.toLowerCase(Locale.ROOT).endsWith(".xml"));
        if (opened.isEmpty()) {
            return;
        }
        ZipPackage zipPackage = opened.get();
        Optional<byte[]> manifestBytes = zipPackage.entry(MANIFEST);
        if (manifestBytes.isEmpty()) {
            context.problem(0, ProblemCode.QTI_NO_MANIFEST);
            return;
        }
        Optional<XmlElement> manifest = parse(manifestBytes.get(), 0, MANIFEST, context);
        if (manifest.isEmpty()) {
            return;
        }
        List<XmlElement> items = manifest.get().descendants().stream()
                .filter(e -> e.name().equals("resource") && ITEM_TYPE.equals(e.attribute("type")))
                .toList();
        if (items.isEmpty()) {
            context.problem(0, ProblemCode.QTI_NO_ITEMS);
            return;
        }
        int index = 0;
        for (XmlElement resource : items) {
            index++;
            String href = href(resource);
            if (!ZipPackage.isSafe(href)) {
                context.problem(index, ProblemCode.ZIP_UNSAFE_PATH, href);
                continue;
            }
            Optional<byte[]> item = zipPackage.entry(href.replace('\\', '/'));
            if (item.isEmpty()) {
                context.problem(index, ProblemCode.QTI_MISSING_FILE, href);
                continue;
            }
            if (!item(item.get(), index, href, context)) {
                return;
            }
        }
    }

    /** The item file a resource names, percent-decoded ("c%C3%A2u%201.xml" is "câu 1.xml"). */
    private static String href(XmlElement resource) {
        String href = resource.attribute("href");
        if (href == null) {
            href = resource.child("file").map(f -> f.attribute("href")).orElse("");
        }
        try {
            return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    /** Reads one item; false once the file holds more questions than allowed. */
    private static boolean item(byte[] xml, int index, String file, ImportContext context) {
        Optional<XmlElement> parsed = parse(xml, index, file, context);
        if (parsed.isEmpty()) {
            return true;
        }
        XmlElement item = parsed.get();
        if (!item.name().equals("assessmentItem")) {
            context.problem(index, ProblemCode.QTI_NOT_ITEM, item.name());
            return true;
        }
        Optional<XmlElement> interaction = interaction(item, index, context);
        if (interaction.isEmpty() || !responseProcessingSupported(item, index, context)) {
            return true;
        }
        XmlElement choices = interaction.get();
        QuestionDraft draft = new QuestionDraft(index);
        XmlElement body = item.child("itemBody").orElseThrow();
        draft.appendText(shownText(body));
        choices.child("prompt").ifPresent(prompt -> draft.appendText(prompt.text()));
        draft.image(body.descendants().stream().anyMatch(e -> MEDIA.contains(e.name())));
        draft.declaredMultiple(!"1".equals(attributeOr(choices, "maxChoices", "1").strip()));

        Set<String> correct = correctResponse(item, attributeOr(choices, "responseIdentifier", ""));
        Set<String> identifiers = new LinkedHashSet<>();
        for (XmlElement choice : choices.children("simpleChoice")) {
            String identifier = attributeOr(choice, "identifier", "");
            identifiers.add(identifier);
            draft.option(shownText(choice), correct.contains(identifier));
        }
        for (String value : correct) {
            if (!identifiers.contains(value)) {
                context.answerProblem(draft, ProblemCode.QTI_UNKNOWN_CHOICE, value);
            }
        }
        return context.add(draft);
    }

    /** The item's one choiceInteraction, or empty after reporting what the item has instead. */
    private static Optional<XmlElement> interaction(XmlElement item, int index, ImportContext context) {
        List<XmlElement> interactions = item.child("itemBody").map(XmlElement::descendants).orElse(List.of())
                .stream().filter(e -> e.name().endsWith("Interaction")).toList();
        Optional<XmlElement> other = interactions.stream()
                .filter(e -> !e.name().equals("choiceInteraction")).findFirst();
        if (other.isPresent()) {
            context.problem(index, ProblemCode.QTI_UNSUPPORTED_INTERACTION, other.get().name());
        } else if (interactions.isEmpty()) {
            context.problem(index, ProblemCode.QTI_NO_CHOICE_INTERACTION);
        } else if (interactions.size() > 1) {
            context.problem(index, ProblemCode.QTI_SEVERAL_INTERACTIONS);
        } else {
            return Optional.of(interactions.getFirst());
        }
        return Optional.empty();
    }

    /** No response processing, or the standard match_correct template: the correctResponse is the answer. */
    private static boolean responseProcessingSupported(XmlElement item, int index, ImportContext context) {
        Optional<XmlElement> processing = item.child("responseProcessing");
        if (processing.isEmpty()) {
            return true;
        }
        String template = processing.get().attribute("template");
        if (template == null) {
            template = processing.get().attribute("templateLocation");
        }
        if (template == null && processing.get().elements().isEmpty()) {
            return true;
        }
        if (template != null) {
            String name = template.substring(template.lastIndexOf('/') + 1);
            if (name.equals("match_correct") || name.equals("match_correct.xml")) {
                return true;
            }
            context.problem(index, ProblemCode.QTI_UNSUPPORTED_RESPONSE_PROCESSING, name);
        } else {
            context.problem(index, ProblemCode.QTI_UNSUPPORTED_RESPONSE_PROCESSING,
                    processing.get().elements().getFirst().name());
        }
        return false;
    }

    private static Set<String> correctResponse(XmlElement item, String responseIdentifier) {
        Map<String, XmlElement> declarations = new HashMap<>();
        for (XmlElement declaration : item.children("responseDeclaration")) {
            declarations.put(attributeOr(declaration, "identifier", ""), declaration);
        }
        XmlElement declaration = declarations.get(responseIdentifier);
        Set<String> values = new LinkedHashSet<>();
        if (declaration != null) {
            declaration.child("correctResponse").ifPresent(response -> response.children("value")
                    .forEach(value -> values.add(value.text().strip())));
        }
        return values;
    }

    /** The text a contestant sees, without the interaction and feedback shown only after answering. */
    private static String shownText(XmlElement element) {
        StringBuilder text = new StringBuilder();
        for (Object part : element.content()) {
            if (part instanceof XmlElement child) {
                if (!NOT_SHOWN.contains(child.name())) {
                    text.append(shownText(child));
                    if (HtmlText.isBlock(child.name())) {
                        text.append(' ');
                    }
                }
            } else {
                text.append((String) part);
            }
        }
        return text.toString();
    }

    private static String attributeOr(XmlElement element, String name, String fallback) {
        String value = element.attribute(name);
        return value == null ? fallback : value;
    }

    /** The parsed XML, or empty after reporting it; {@code file} is null for a bare item upload. */
    private static Optional<XmlElement> parse(byte[] xml, int index, String file, ImportContext context) {
        XmlElement[] root = new XmlElement[1];
        try {
            SecureXml.read(xml, 1, name -> true, element -> {
                root[0] = element;
                return false;
            });
        } catch (SecureXml.Failure failure) {
            if (failure.dtd()) {
                context.problem(0, file == null ? ProblemCode.XML_DTD : ProblemCode.ZIP_ENTRY_DTD,
                        file == null ? new Object[0] : new Object[] {file});
            } else if (file == null) {
                context.problem(0, ProblemCode.XML_MALFORMED, failure.line(), failure.column());
            } else {
                context.problem(index, ProblemCode.QTI_ITEM_MALFORMED, file, failure.line(), failure.column());
            }
            return Optional.empty();
        }
        if (root[0] == null) {
            context.problem(index, ProblemCode.QTI_NOT_ITEM, "");
        }
        return Optional.ofNullable(root[0]);
    }
}
