using ContentGuard.Cli;
using ContentGuard.Tests.Detectors.Lexicon;

namespace ContentGuard.Tests.Cli;

public sealed class EvalLexiconCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cg-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Eval_lexicon_prints_the_flag_rate_at_major_or_above()
    {
        var lexicons = Directory.CreateDirectory(Path.Combine(_dir, "lexicons")).FullName;
        File.WriteAllText(Path.Combine(lexicons, "test.lex.tsv"), LexiconFixtures.Terms);
        File.WriteAllText(Path.Combine(lexicons, "test.allow.tsv"), LexiconFixtures.Allow);
        var data = Path.Combine(_dir, "sentences.tsv");
        File.WriteAllText(data, "label\ttext\nnormal\t他在网上赌博。\nnormal\t依法打击违法犯罪。\nnormal\t这是最佳方案。\nnormal\t各单位要加强管理。\n");
        var output = new StringWriter();
        var code = CliApp.Run(["eval", "lexicon", "--data", data, "--lexicons", lexicons], TextReader.Null, output, new StringWriter());
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("sentences: 4; flagged at major or above: 1 (25.00 %); with any lexicon finding: 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_lexicon_without_data_is_a_usage_error()
    {
        var error = new StringWriter();
        Assert.Equal(CliApp.ExitError, CliApp.Run(["eval", "lexicon"], TextReader.Null, new StringWriter(), error));
        Assert.Contains("--data", error.ToString(), StringComparison.Ordinal);
    }
}
