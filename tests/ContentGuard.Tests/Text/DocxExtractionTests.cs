using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Vml = DocumentFormat.OpenXml.Vml;

namespace ContentGuard.Tests.Text;

public sealed class DocxExtractionTests
{
    internal static MemoryStream MakeDocx()
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = doc.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("机密★1年"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Para("第1页"));
            var textBox = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("正文前")), new Run(new Picture(new Vml.Shape(new Vml.TextBox(new TextBoxContent(Para("文本框里的字")))))));
            var table = new Table(new TableRow(new TableCell(Para("表格甲")), new TableCell(Para("表格乙"))));
            var deleted = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("保留")), new DeletedRun(new Run(new DeletedText("删除的字"))));
            main.Document = new Document(new Body(Para("第一段。"), table, textBox, deleted));
        }

        stream.Position = 0;
        return stream;
    }

    private static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    [Fact]
    public void Headers_body_tables_text_boxes_and_footers_are_read_one_paragraph_per_line()
    {
        using var stream = MakeDocx();
        var text = AnnotatedText.FromDocx(stream).Text;
        Assert.Equal("机密★1年\n第一段。\n表格甲\n表格乙\n正文前\n文本框里的字\n保留\n第1页", text);
    }

    [Fact]
    public void A_secrecy_marking_in_the_header_blocks_the_document()
    {
        using var stream = MakeDocx();
        var result = TestEngine.Default.Check(AnnotatedText.FromDocx(stream));
        Assert.Equal(Suggestion.Block, result.Decision.Suggestion);
        Assert.Equal(0, result.Matches[0].Offset);
    }

    [Fact]
    public void A_manual_line_break_starts_a_line_so_a_marking_after_it_is_found()
    {
        // Shift+Enter in Word: the marking is on its own line on the page, though in the same paragraph.
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("XX市人民政府办公室")),
                new Run(new Break()),
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("机密★1年")))));
        }

        stream.Position = 0;
        var input = AnnotatedText.FromDocx(stream);
        Assert.Equal("XX市人民政府办公室\n机密★1年", input.Text);
        Assert.Equal("机密★1年", Assert.Single(TestEngine.Default.Check(input).Matches, m => m.Rule.Category == Category.Secrecy).Text);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_a_clear_error()
    {
        using var stream = new MemoryStream("not a zip"u8.ToArray());
        var e = Assert.Throws<InvalidDataException>(() => AnnotatedText.FromDocx(stream));
        Assert.Contains("Word", e.Message, StringComparison.Ordinal);
    }
}
