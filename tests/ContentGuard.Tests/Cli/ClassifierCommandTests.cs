using System.Text.Json;
using ContentGuard.Cli;
using ContentGuard.Detectors.Offensive;
using ContentGuard.Tests.Detectors.Offensive;

namespace ContentGuard.Tests.Cli;

public sealed class ClassifierCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Train_classifier_reports_the_dev_choice_and_every_test_set()
    {
        var output = FixtureModel.TrainOutput;
        Assert.Contains("candidate lbfgs-c3", output, StringComparison.Ordinal);
        Assert.Contains("winner lbfgs-c3", output, StringComparison.Ordinal);
        foreach (var set in new[] { "COLD test", "gov_statutes test", "SWSR test", "safe_other" })
        {
            Assert.Contains(set, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Train_classifier_adds_official_sentences_and_their_short_clauses()
    {
        var official = Path.Combine(AppContext.BaseDirectory, "Detectors", "Offensive", "Fixtures", "official", "prose.txt");
        var output = Path.Combine(Directory.CreateTempSubdirectory("cg-official-").FullName, "m.zip");
        var (code, text, _) = Run("train", "classifier", "--data", FixtureModel.DataDirectory, "--out", output, "--trainers", "lbfgs-c3", "--official", official, "--official-clauses", "100");

        // Sentences of ≥ 8 letters: the three long lines (各位代表 has 4). Clauses of 4–12 letters cut at ，；： and sentence
        // ends: 10 of the 11 (主要任务是, 各位代表, 这是因为, 具体来说, …); 我们始终坚持以人民为中心的发展思想 (17) is left out.
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("official prose 3 sentences + 10 clauses", text, StringComparison.Ordinal);
        Assert.Contains("--official-clauses 100", OffensiveModel.Load(output).Info.Command, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_classifier_names_the_model_by_its_content()
    {
        var version = OffensiveModel.Load(FixtureModel.Path).Info.Version;
        Assert.Matches(@"^offensive-\d{8}-[0-9a-f]{8}$", version);
        Assert.EndsWith("-" + TrainClassifierCommand.ContentHash(FixtureModel.Path), version, StringComparison.Ordinal);

        // The same data and options give the same model, hence the same hash; other options another one.
        var again = Path.Combine(Directory.CreateTempSubdirectory("cg-again-").FullName, "m.zip");
        var other = Path.Combine(Path.GetDirectoryName(again)!, "other.zip");
        Assert.Equal(CliApp.ExitOk, Run("train", "classifier", "--data", FixtureModel.DataDirectory, "--out", again, "--trainers", "lbfgs-c3").Code);
        Assert.Equal(CliApp.ExitOk, Run("train", "classifier", "--data", FixtureModel.DataDirectory, "--out", other, "--trainers", "lbfgs-c3", "--use-swsr", "false").Code);
        Assert.Equal(TrainClassifierCommand.ContentHash(FixtureModel.Path), TrainClassifierCommand.ContentHash(again));
        Assert.NotEqual(TrainClassifierCommand.ContentHash(FixtureModel.Path), TrainClassifierCommand.ContentHash(other));
    }

    [Fact]
    public void Eval_classifier_json_has_the_metric_fields()
    {
        var data = Path.Combine(FixtureModel.DataDirectory, "cold", "test_fine.tsv");
        var (code, output, _) = Run("eval", "classifier", "--data", data, "--model", FixtureModel.FlagAllPath, "--format", "json");
        Assert.Equal(CliApp.ExitOk, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(8, root.GetProperty("rows").GetInt32());

        // The flag-all model calls every row offensive: recall 1, false-positive rate 1, accuracy = share of offensive rows.
        Assert.Equal(1.0, root.GetProperty("recall").GetDouble());
        Assert.Equal(1.0, root.GetProperty("falsePositiveRate").GetDouble());
        Assert.Equal(0.5, root.GetProperty("accuracy").GetDouble());
        Assert.Equal(0.5, root.GetProperty("precision").GetDouble());
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0.33, 0.34);
        Assert.Equal(1.0, root.GetProperty("byFineLabel").GetProperty("safe_other").GetProperty("flaggedRate").GetDouble());
    }

    [Fact]
    public void Eval_classifier_writes_each_rows_score_and_prediction_when_asked()
    {
        var data = Path.Combine(FixtureModel.DataDirectory, "cold", "test_fine.tsv");
        var scores = Path.Combine(Directory.CreateTempSubdirectory("cg-scores-").FullName, "scores.tsv");
        var (code, _, _) = Run("eval", "classifier", "--data", data, "--model", FixtureModel.Path, "--scores", scores, "--threshold", "0.5");
        Assert.Equal(CliApp.ExitOk, code);
        var lines = File.ReadAllLines(scores);
        Assert.Equal("row\tlabel\tscore\tpredicted", lines[0]);
        Assert.Equal(9, lines.Length);
        var labels = File.ReadAllLines(data).Skip(1).Select(l => l.Split('\t')[0] == "offensive" ? "offensive" : "safe").ToArray();
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split('\t');
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
            Assert.Equal(labels[i - 1], cells[1]);
            var score = double.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(score, 0, 1);
            Assert.Equal(score >= 0.5 ? "offensive" : "safe", cells[3]);
        }
    }

    [Fact]
    public void Eval_classifier_of_a_one_class_set_reports_its_false_positive_rate()
    {
        var data = Path.Combine(FixtureModel.DataDirectory, "gov_statutes", "test.tsv");
        var (code, output, _) = Run("eval", "classifier", "--data", data, "--format", "json");
        Assert.Equal(CliApp.ExitOk, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(0.0, doc.RootElement.GetProperty("falsePositiveRate").GetDouble());
    }

    [Theory]
    [InlineData("model")]
    [InlineData("sentence")]
    [InlineData("context")]
    [InlineData("row")]
    public void Eval_classifier_scores_with_each_unit(string unit)
    {
        var data = Path.Combine(FixtureModel.DataDirectory, "cold", "test_fine.tsv");
        var (code, output, _) = Run("eval", "classifier", "--data", data, "--model", FixtureModel.FlagAllPath, "--unit", unit, "--format", "json");
        Assert.Equal(CliApp.ExitOk, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1.0, doc.RootElement.GetProperty("recall").GetDouble());
    }

    [Fact]
    public void Eval_classifier_text_output_names_the_unit()
    {
        var data = Path.Combine(FixtureModel.DataDirectory, "cold", "test_fine.tsv");
        var (code, output, _) = Run("eval", "classifier", "--data", data, "--model", FixtureModel.Path, "--unit", "sentence");
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("unit sentence", output, StringComparison.Ordinal);
        (code, output, _) = Run("eval", "classifier", "--data", data, "--model", FixtureModel.Path);
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("unit context", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_classifier_rejects_unknown_labels_naming_the_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cg-bad-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "label\ttext\nsafe\t你好\nmaybe\t再见\n");
        try
        {
            var (code, _, error) = Run("eval", "classifier", "--data", path);
            Assert.Equal(CliApp.ExitError, code);
            Assert.Contains(":3:", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
