using System.Text.Json;
using ContentGuard.Cli;

namespace ContentGuard.Tests.Cli;

public sealed class TypoCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cg-typo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Eval_typo_reports_sentence_level_metrics_as_json()
    {
        var data = Write("csc.jsonl",
            """
            {"id": "1", "source": "这部影片令人震憾。", "target": "这部影片令人震撼。"}
            {"id": "2", "source": "要防止纪律松驰。", "target": "要防止纪律松弛。"}
            {"id": "3", "source": "市政府召开常务会议。", "target": "市政府召开常务会议。"}
            {"id": "4", "source": "他们今天去北京。", "target": "他们今天去背景。"}
            """);
        var (code, output, _) = Run("eval", "typo", "--data", data, "--format", "json");
        Assert.Equal(CliApp.ExitOk, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("sentences").GetInt32());
        Assert.Equal(1.0, root.GetProperty("detection").GetProperty("precision").GetDouble());
        Assert.Equal(0.6667, root.GetProperty("detection").GetProperty("recall").GetDouble());
        Assert.Equal(0.8, root.GetProperty("correction").GetProperty("f1").GetDouble());
        Assert.Equal(0.0, root.GetProperty("falseAlarmRate").GetDouble());
    }

    [Fact]
    public void Eval_typo_reads_a_tsv_of_correct_sentences_and_counts_false_alarms()
    {
        var data = Write("ok.tsv", "source\ttext\na\t市政府召开常务会议。\nb\t这部影片令人震憾。\n");
        var (code, output, _) = Run("eval", "typo", "--data", data, "--format", "json");
        Assert.Equal(CliApp.ExitOk, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0.5, doc.RootElement.GetProperty("falseAlarmRate").GetDouble());
    }

    [Fact]
    public void Eval_typo_rejects_a_missing_file()
    {
        var (code, _, error) = Run("eval", "typo", "--data", Path.Combine(_dir, "none.jsonl"));
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_ngram_counts_chars_and_pairs_within_runs_of_ideographs()
    {
        var corpus = Write("corpus.txt", "发展经济，发展教育。\n发展abc发展\n");
        var output = Path.Combine(_dir, "out", "charngram.tsv");
        var (code, _, _) = Run("train", "ngram", "--corpus", corpus, "--out", output, "--min-count", "2");
        Assert.Equal(CliApp.ExitOk, code);
        var lines = File.ReadAllLines(output);
        Assert.Contains(lines, l => l.StartsWith("# command: contentguard train ngram", StringComparison.Ordinal));
        Assert.Contains("发展\t4", lines);
        Assert.Contains("发\t4", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("展经\t", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("展教\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_ngram_adds_up_several_corpora_and_reads_the_text_column_of_a_tsv()
    {
        var plain = Write("reports.txt", "发展经济。\n");
        var tsv = Write("statutes.tsv", "text\tsource_doc\n质权人发展。\ta.md\n发展\tb.md\n");
        var output = Path.Combine(_dir, "out", "both.tsv");
        var (code, _, _) = Run("train", "ngram", "--corpus", plain, tsv, "--out", output, "--min-count", "1");
        Assert.Equal(CliApp.ExitOk, code);
        var lines = File.ReadAllLines(output);
        Assert.Contains("发展\t3", lines);
        Assert.Contains("质权\t1", lines);
        Assert.DoesNotContain(lines, l => !l.StartsWith('#') && (l.Contains("source_doc", StringComparison.Ordinal) || l.Contains(".md", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("# command: contentguard train ngram --corpus " + plain + " --corpus " + tsv, StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_typo_gain_options_need_scorer_none()
    {
        var data = Write("one.jsonl", "{\"id\": \"1\", \"source\": \"请各单位按时参加会仪。\", \"target\": \"请各单位按时参加会议。\"}\n");
        var (code, _, error) = Run("eval", "typo", "--data", data, "--min-gain", "3");
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("--scorer none", error, StringComparison.Ordinal);

        (code, var output, _) = Run("eval", "typo", "--data", data, "--scorer", "none", "--min-gain", "3", "--format", "json");
        Assert.Equal(CliApp.ExitOk, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1.0, doc.RootElement.GetProperty("detection").GetProperty("recall").GetDouble());

        (code, _, error) = Run("eval", "typo", "--data", data, "--set", "Scorer=null");
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("not a valid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_typo_writes_a_table_the_detector_loads_and_that_finds_the_typo()
    {
        var lines = Enumerable.Range(0, 40).Select(k => k % 2 == 0
            ? "{\"id\": \"" + k + "\", \"source\": \"请各单位按时参加会仪。\", \"target\": \"请各单位按时参加会议。\"}"
            : "{\"id\": \"" + k + "\", \"source\": \"大家深受鼓午。\", \"target\": \"大家深受鼓舞。\"}");
        var data = Write("train.jsonl", string.Join("\n", lines) + "\n");
        var clean = Write("clean.tsv", "text\n市政府召开常务会议。\n全面加强党的领导。\n依法保障公民的合法权益。\n");
        var table = Path.Combine(_dir, "scorer.tsv");
        var (code, output, _) = Run("train", "typo", "--data", data, "--clean", clean, "--out", table);
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("candidates", output, StringComparison.Ordinal);

        var (evalCode, evalOut, _) = Run("eval", "typo", "--data", data, "--scorer", table, "--format", "json");
        Assert.Equal(CliApp.ExitOk, evalCode);
        using var doc = JsonDocument.Parse(evalOut);
        Assert.Equal(1.0, doc.RootElement.GetProperty("correction").GetProperty("recall").GetDouble());
    }

    [Fact]
    public void Train_typo_with_synthetic_errors_writes_the_same_table_twice_and_records_the_command()
    {
        var paragraphs = string.Join("\n", Enumerable.Repeat(
            "我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。扎实推进高质量发展，不断增强经济活力。\n加快建设现代化产业体系，推动传统产业转型升级。深入实施科教兴国战略，强化高质量发展的基础支撑。\n坚定不移推进全面深化改革，持续优化营商环境。切实保障和改善民生，加强社会建设。",
            20)) + "\n";
        var corpus = Write("prose.txt", paragraphs);
        var synthetic = Path.Combine(_dir, "synthetic.jsonl");
        string[] Args(string table) =>
            ["train", "typo", "--synthetic", corpus, "--synthetic-limit", "50", "--seed", "4", "--synthetic-out", synthetic, "--out", table];

        var first = Path.Combine(_dir, "a.tsv");
        var second = Path.Combine(_dir, "b.tsv");
        Assert.Equal(CliApp.ExitOk, Run(Args(first)).Code);
        Assert.Equal(CliApp.ExitOk, Run(Args(second)).Code);
        string[] Weights(string path) => [.. File.ReadAllLines(path).Where(l => !l.StartsWith('#'))];
        Assert.Equal(Weights(first), Weights(second));
        Assert.Contains(File.ReadAllLines(first), l => l.StartsWith("# command: contentguard train typo --synthetic ", StringComparison.Ordinal) && l.Contains("--seed 4", StringComparison.Ordinal));

        // The sentences are written for inspection (and eval typo reads them); none of them goes into the table.
        var made = File.ReadAllLines(synthetic);
        Assert.Equal(50, made.Length);
        Assert.DoesNotContain(File.ReadAllText(first), "高质量", StringComparison.Ordinal);
        Assert.Equal(CliApp.ExitOk, Run("eval", "typo", "--data", synthetic, "--scorer", first, "--format", "json").Code);
    }

    [Fact]
    public void Train_typo_with_an_ngram_table_fits_with_it_records_it_and_eval_typo_reads_it()
    {
        var lines = Enumerable.Range(0, 20).Select(k => k % 2 == 0
            ? "{\"id\": \"" + k + "\", \"source\": \"请各单位按时参加会仪。\", \"target\": \"请各单位按时参加会议。\"}"
            : "{\"id\": \"" + k + "\", \"source\": \"大家深受鼓午。\", \"target\": \"大家深受鼓舞。\"}");
        var data = Write("train.jsonl", string.Join("\n", lines) + "\n");
        var ngram = Path.Combine(_dir, "charngram.tsv");
        Assert.Equal(CliApp.ExitOk, Run("train", "ngram", "--corpus", Write("prose.txt", "请各单位按时参加会议。大家深受鼓舞。\n"), "--out", ngram, "--min-count", "1").Code);

        var table = Path.Combine(_dir, "scorer.tsv");
        var embedded = Path.Combine(_dir, "scorer-embedded.tsv");
        Assert.Equal(CliApp.ExitOk, Run("train", "typo", "--data", data, "--ngram", ngram, "--out", table).Code);
        Assert.Equal(CliApp.ExitOk, Run("train", "typo", "--data", data, "--out", embedded).Code);
        Assert.Contains(File.ReadAllLines(table), l => l.StartsWith("# command: ", StringComparison.Ordinal) && l.Contains("--ngram " + ngram, StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(embedded), l => l.Contains("--ngram", StringComparison.Ordinal));
        string[] Weights(string path) => [.. File.ReadAllLines(path).Where(l => !l.StartsWith('#'))];
        Assert.NotEqual(Weights(embedded), Weights(table)); // a two-sentence table attests other pairs than the embedded one

        Assert.Equal(CliApp.ExitOk, Run("eval", "typo", "--data", data, "--ngram", ngram, "--scorer", table, "--format", "json").Code);
        var (code, _, error) = Run("eval", "typo", "--data", data, "--ngram", Path.Combine(_dir, "missing.tsv"));
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_typo_with_an_ngram_table_and_held_out_synthetic_counts_is_a_usage_error()
    {
        var corpus = Write("prose.txt", string.Join("\n", Enumerable.Repeat("我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。", 10)) + "\n");
        var ngram = Path.Combine(_dir, "charngram.tsv");
        Assert.Equal(CliApp.ExitOk, Run("train", "ngram", "--corpus", corpus, "--out", ngram, "--min-count", "1").Code);
        var (code, _, error) = Run("train", "typo", "--synthetic", corpus, "--synthetic-limit", "5", "--ngram", ngram, "--out", Path.Combine(_dir, "x.tsv"));
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("--no-ngram-holdout", error, StringComparison.Ordinal);
        Assert.Equal(CliApp.ExitOk, Run("train", "typo", "--synthetic", corpus, "--synthetic-limit", "5", "--ngram", ngram, "--no-ngram-holdout", "--out", Path.Combine(_dir, "y.tsv")).Code);
    }

    [Fact]
    public void Held_out_counts_are_scaled_to_the_synthetic_corpus_not_to_the_embedded_table()
    {
        // Even paragraphs are counted, odd ones make the sentences: two equal halves scale by exactly 2, whatever the
        // embedded table counted.
        string[] paragraphs = ["我们要坚持稳中求进。", "加快建设现代化产业。", "我们要坚持稳中求进。", "加快建设现代化产业。"];
        var model = TrainTypoCommand.HeldOutNgram(paragraphs);
        Assert.Equal(4, model.Count('我'));
        Assert.Equal(4, model.Count('我', '们'));
        Assert.Equal(0, model.Count('加'));
        Assert.Equal(36, model.TotalCount);
    }

    [Fact]
    public void Train_typo_without_data_or_synthetic_text_is_a_usage_error()
    {
        var (code, _, error) = Run("train", "typo", "--out", Path.Combine(_dir, "x.tsv"));
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("--synthetic", error, StringComparison.Ordinal);
    }
}
