using System.Net.Http.Headers;
using System.Text;

namespace ContentGuard.Api.Tests;

public sealed class CheckFileEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static MultipartFormDataContent Upload(byte[] content, string fileName, string? date = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (date is not null)
        {
            form.Add(new StringContent(date), "documentDate");
        }

        return form;
    }

    [Fact]
    public async Task A_word_document_is_checked_and_its_text_returned()
    {
        using var docx = MakeDocx("机密★1年", "关于开展检查的通知");
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/v1/check/file", Upload(docx.ToArray(), "report.docx", "2026-11-27"));
        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("机密★1年\n关于开展检查的通知", body.GetProperty("text").GetString());
        Assert.Equal("block", body.GetProperty("decision").GetProperty("suggestion").GetString());
        Assert.Equal("机密★1年", body.GetProperty("matches")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_text_file_is_checked()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/v1/check/file", Upload(Encoding.UTF8.GetBytes("正文。"), "a.txt"));
        var body = await response.ReadJsonAsync();
        Assert.Equal("pass", body.GetProperty("decision").GetProperty("suggestion").GetString());
        Assert.Equal("正文。", body.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("notice.txt")]
    [InlineData("page.html")]
    public async Task A_text_file_that_is_not_utf8_is_400_saying_so(string fileName)
    {
        // 习近评同志 saved as GBK (Notepad's "ANSI" on Chinese Windows): read as UTF-8 it would be checked as mojibake.
        byte[] gbk = [0xCF, 0xB0, 0xBD, 0xFC, 0xC6, 0xC0, 0xCD, 0xAC, 0xD6, 0xBE];
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/v1/check/file", Upload(gbk, fileName));
        var body = await response.AssertProblemAsync(400);
        Assert.Contains("UTF-8", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_file_with_a_utf16_byte_order_mark_is_read()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/v1/check/file", Upload(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("正文。")).ToArray(), "a.txt"));
        var body = await response.ReadJsonAsync();
        Assert.Equal("正文。", body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_broken_word_document_is_400()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/v1/check/file", Upload("not a zip"u8.ToArray(), "broken.docx"));
        var body = await response.AssertProblemAsync(400);
        Assert.Contains("Word", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_file_type_is_415()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/v1/check/file", Upload([1, 2, 3], "image.png"));
        await response.AssertProblemAsync(415);
    }

    [Fact]
    public async Task A_missing_file_field_is_400_and_json_is_415()
    {
        using var client = factory.CreateClient();
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        using var missing = await client.PostAsync("/v1/check/file", empty);
        await missing.AssertProblemAsync(400);
        using var json = await client.PostAsync("/v1/check/file", Http.Json(new { text = "x" }));
        await json.AssertProblemAsync(415);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_413()
    {
        using var small = new ApiFactory(new Dictionary<string, string?> { ["ContentGuard:MaxFileBytes"] = "1000" });
        using var client = small.CreateClient();
        using var response = await client.PostAsync("/v1/check/file", Upload(new byte[5000], "big.txt"));
        await response.AssertProblemAsync(413);
    }

    private static MemoryStream MakeDocx(params string[] paragraphs)
    {
        var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                paragraphs.Select(p => new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                    new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p))))));
        }

        stream.Position = 0;
        return stream;
    }
}
