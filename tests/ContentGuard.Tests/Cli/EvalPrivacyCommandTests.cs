using System.Text.Json;
using ContentGuard.Cli;

namespace ContentGuard.Tests.Cli;

public sealed class EvalPrivacyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cg-eval-privacy-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Eval_privacy_reports_per_type_precision_recall_vectors_and_clean_text()
    {
        var data = Write("sentences.tsv",
            "label\ttext\n" +
            "cn_resident_id\t身份证号110101199003071233。\n" +
            "bank_card\t银行卡号：6217000000080123。\n" +
            "cn_mobile\t手机 18612345678。\n" +
            "uscc\t统一社会信用代码：91350100M000100Y43。\n" +
            "none_invalid_cn_mobile\t电话12012345678。\n" +
            "none\t会议共有13705267968名代表出席。\n" +
            "cn_mobile\t电话8963983。\n"); // a landline mislabelled: one false negative
        var vectors = Write("vectors.tsv",
            "type\tvalue\texpected\n" +
            "cn_resident_id\t11010519491231002X\tvalid\n" +
            "cn_resident_id\t110105194912310021\tinvalid\n" +
            "bank_card\t6222021001122334458\tvalid\n" +
            "cn_mobile\t12012345678\tinvalid\n" +
            "uscc\t91350100M000100Y43\tvalid\n");
        var clean = Write("clean.tsv", "label\tsource_doc\ttext\nnormal\tx.md\t罚款50000元。\n");

        var (code, output, _) = Run("eval", "privacy", "--data", data, "--vectors", vectors, "--clean", clean, "--date", "2026-11-27", "--format", "json");

        Assert.Equal(CliApp.ExitOk, code);
        using var doc = JsonDocument.Parse(output);
        var types = doc.RootElement.GetProperty("sentences").GetProperty("types");
        Assert.Equal(1.0, types.GetProperty("cn_resident_id").GetProperty("recall").GetDouble());
        Assert.Equal(1.0, types.GetProperty("bank_card").GetProperty("precision").GetDouble());
        Assert.Equal(1.0, types.GetProperty("uscc").GetProperty("recall").GetDouble());
        Assert.Equal(1.0, types.GetProperty("cn_mobile").GetProperty("precision").GetDouble());
        Assert.Equal(0.5, types.GetProperty("cn_mobile").GetProperty("recall").GetDouble());
        Assert.Equal(5, doc.RootElement.GetProperty("vectors").GetProperty("validatorCorrect").GetInt32());
        Assert.Equal(5, doc.RootElement.GetProperty("vectors").GetProperty("detectorCorrect").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("clean").GetProperty("flagged").GetInt32());
    }

    [Fact]
    public void Eval_privacy_text_format_prints_a_table()
    {
        var data = Write("s.tsv", "label\ttext\ncn_mobile\t手机18612345678\n");
        var (code, output, _) = Run("eval", "privacy", "--data", data, "--format", "text");
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("cn_mobile          1.0000  1.0000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_privacy_without_data_is_a_usage_error()
    {
        var (code, _, error) = Run("eval", "privacy");
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("--data", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_privacy_with_a_missing_file_is_an_input_error()
    {
        var (code, _, error) = Run("eval", "privacy", "--data", Path.Combine(_dir, "nope.tsv"));
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
