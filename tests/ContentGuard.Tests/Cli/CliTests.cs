using System.Text.Json;
using ContentGuard.Cli;

namespace ContentGuard.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cg-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_clean_notice_exits_0()
    {
        var path = File("notice.txt", "市政府办公室对全市政府网站进行了全覆盖检查。联系电话：8963983。");
        var (code, output, _) = Run(string.Empty, "check", path);
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("pass", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_marking_exits_1_with_a_compiler_style_diagnostic()
    {
        var path = File("secret.txt", "标题\n机密★1年\n正文。");
        var (code, output, _) = Run(string.Empty, "check", path);
        Assert.Equal(CliApp.ExitBlocked, code);
        Assert.Contains($"{path}:2:1: critical SECRECY ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_files_report_offsets_into_the_html()
    {
        var path = File("page.html", "<html><body>\n<p>机密★1年</p></body></html>");
        var (code, output, _) = Run(string.Empty, "check", path, "--format", "json");
        Assert.Equal(CliApp.ExitBlocked, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(16, doc.RootElement.GetProperty("matches")[0].GetProperty("offset").GetInt32());
    }

    [Fact]
    public void Json_output_has_the_api_response_shape()
    {
        var (code, output, _) = Run("秘密★10年\n正文", "check", "-", "--format", "json");
        Assert.Equal(CliApp.ExitBlocked, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("block", root.GetProperty("decision").GetProperty("suggestion").GetString());
        Assert.Equal("high", root.GetProperty("decision").GetProperty("riskLevel").GetString());
        Assert.Equal("utf16", root.GetProperty("offsetUnit").GetString());
        var match = root.GetProperty("matches")[0];
        foreach (var name in new[] { "offset", "length", "text", "message", "shortMessage", "severity", "replacements", "rule", "source" })
        {
            Assert.True(match.TryGetProperty(name, out _), name);
        }

        Assert.Equal("SECRECY", match.GetProperty("rule").GetProperty("category").GetProperty("id").GetString());
        Assert.Equal("critical", match.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("sentenceRanges")[0].ValueKind);
        Assert.Equal(
            root.GetRawText().Replace(" ", "", StringComparison.Ordinal).Length > 0,
            root.EnumerateObject().Select(p => p.Name).SequenceEqual(["decision", "matches", "sentenceRanges", "offsetUnit", "software", "warnings", "timings"]));
    }

    [Fact]
    public void Jsonl_reads_one_document_per_line_and_echoes_the_id()
    {
        var input = "{\"id\":\"a\",\"text\":\"正文。\"}\n{\"id\":\"b\",\"text\":\"机密★1年\\n正文\",\"documentDate\":\"2026-01-01\"}\n";
        var (code, output, _) = Run(input, "check", "--format", "jsonl");
        Assert.Equal(CliApp.ExitBlocked, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("a", JsonDocument.Parse(lines[0]).RootElement.GetProperty("dataId").GetString());
        Assert.Equal("block", JsonDocument.Parse(lines[1]).RootElement.GetProperty("decision").GetProperty("suggestion").GetString());
    }

    [Fact]
    public void Jsonl_keeps_a_lone_surrogate_escape_and_offsets_index_the_string_as_sent()
    {
        // JSON.stringify writes \ud83d for an emoji cut in half; the text is checked as that string (it used to fail the batch).
        var (code, output, _) = Run("{\"id\":\"a\",\"text\":\"标题\\ud83d\\n机密★1年\"}\n", "check", "--format", "jsonl");
        Assert.Equal(CliApp.ExitBlocked, code);
        var match = JsonDocument.Parse(output.Trim()).RootElement.GetProperty("matches")[0];
        Assert.Equal(4, match.GetProperty("offset").GetInt32());
        Assert.Equal("机密★1年", match.GetProperty("text").GetString());
    }

    [Fact]
    public void Word_documents_are_checked_by_paragraph()
    {
        var path = Path.Combine(_dir, "report.docx");
        using (var docx = ContentGuard.Tests.Text.DocxExtractionTests.MakeDocx())
        using (var file = System.IO.File.Create(path))
        {
            docx.CopyTo(file);
        }

        var (code, output, _) = Run(string.Empty, "check", path);
        Assert.Equal(CliApp.ExitBlocked, code);
        Assert.Contains($"{path}:1:1: critical SECRECY", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_that_is_not_utf8_exits_2_saying_so()
    {
        // 习近评同志 saved as GBK: read as UTF-8 it would be checked as mojibake and pass.
        var path = Path.Combine(_dir, "gbk.txt");
        System.IO.File.WriteAllBytes(path, [0xCF, 0xB0, 0xBD, 0xFC, 0xC6, 0xC0, 0xCD, 0xAC, 0xD6, 0xBE]);
        var (code, _, error) = Run(string.Empty, "check", path);
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_word_document_exits_2()
    {
        var path = File("broken.docx", "not a zip");
        var (code, _, error) = Run(string.Empty, "check", path);
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("Word", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "/no/such/file.txt")]
    [InlineData("check", "-", "--date", "27/11/2026")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var (code, _, error) = Run("正文", args);
        Assert.Equal(CliApp.ExitError, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Malformed_jsonl_exits_2_naming_the_line()
    {
        var (code, _, error) = Run("{\"id\":1,\"text\":\"a\"}\nnot json\n", "check", "--format", "jsonl");
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("line", error, StringComparison.Ordinal);
    }
}
