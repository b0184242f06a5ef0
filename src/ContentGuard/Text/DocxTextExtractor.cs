using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentGuard.Text;

/// <summary>
/// Reads the text of a Word (.docx) document with the Open XML SDK: headers, the body (paragraphs and table cells, in
/// document order), text boxes, footnotes, endnotes and footers. Each paragraph becomes one line (a manual line break
/// inside it starts another, as on the page), so a finding's line is its paragraph or the part of it after a break.
/// Deleted revisions are skipped, tabs become white space. The text is the "source" that finding offsets point into.
/// </summary>
internal static class DocxTextExtractor
{
    public static string Extract(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The Word document has no main part.");
        var sb = new StringBuilder();
        foreach (var header in main.HeaderParts)
        {
            AppendParagraphs(sb, header.Header);
        }

        AppendParagraphs(sb, main.Document?.Body);
        AppendParagraphs(sb, main.FootnotesPart?.Footnotes);
        AppendParagraphs(sb, main.EndnotesPart?.Endnotes);
        foreach (var footer in main.FooterParts)
        {
            AppendParagraphs(sb, footer.Footer);
        }

        while (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static void AppendParagraphs(StringBuilder sb, OpenXmlElement? root)
    {
        if (root is null)
        {
            return;
        }

        // Descendants in document order include paragraphs nested in text boxes; each paragraph writes only its own
        // runs (not those of nested text-box paragraphs), which then follow as their own lines.
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            var line = new StringBuilder();
            AppendOwnText(line, paragraph, paragraph);
            var text = line.ToString().TrimEnd();
            if (text.Length > 0)
            {
                sb.Append(text).Append('\n');
            }
        }
    }

    private static void AppendOwnText(StringBuilder line, OpenXmlElement element, Paragraph owner)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Paragraph nested when !ReferenceEquals(nested, owner):
                    break;
                case Deleted or DeletedRun or DeletedText:
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    line.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    line.Append('\t');
                    break;
                case Break or CarriageReturn:
                    // A manual line break (Shift+Enter) or page break: the text after it starts a line on the page.
                    line.Append('\n');
                    break;
                case NoBreakHyphen:
                    line.Append('-');
                    break;
                default:
                    AppendOwnText(line, child, owner);
                    break;
            }
        }
    }
}
