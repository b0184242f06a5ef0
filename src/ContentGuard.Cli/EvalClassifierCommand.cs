using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ContentGuard.Detectors.Offensive;

namespace ContentGuard.Cli;

/// <summary>
/// <c>contentguard eval classifier --data FILE [--model PATH] [--format json]</c>: scores a labelled TSV (columns
/// <c>label</c>, <c>text</c>, optional <c>fine_label</c>) as the detector does and prints the offensive-class metrics.
/// </summary>
internal static class EvalClassifierCommand
{
    public static Command Create(TextWriter stdout)
    {
        var data = new Option<string>("--data") { Description = "A TSV with a header: label (offensive|sexist|safe|normal|non_sexist), text, optional fine_label.", Required = true };
        var model = new Option<string?>("--model") { Description = "A model zip; default the embedded model." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var unit = new Option<string>("--unit") { Description = "model: score each row exactly as the detector does, with the model's unit (a row is offensive when it would get a finding); sentence or context: the same with that unit instead; row: the whole row is one input.", DefaultValueFactory = _ => "model" };
        unit.AcceptOnlyFromAmong("model", "sentence", "context", "row");
        var contextChars = new Option<int?>("--context-chars") { Description = "Override the model's longest paragraph (content characters) that is scored as the context of its sentences (unit context)." };
        var threshold = new Option<double?>("--threshold") { Description = "Override the model's threshold." };
        var contextWeight = new Option<double?>("--context-weight") { Description = "Override the weight of a sentence's own probability in its context mix (unit context; tuning)." };
        var scores = new Option<string?>("--scores") { Description = "Also write each row's score to this TSV (row, label, score, predicted), e.g. for a paired test of two models on the same rows (tools/eval/mcnemar.py)." };
        var command = new Command("classifier", "Evaluate the offensive-language classifier on a labelled TSV.") { data, model, format, unit, contextChars, contextWeight, threshold, scores };
        command.SetAction(parse =>
        {
            var rows = ClassifierData.Read(parse.GetValue(data)!);
            var path = parse.GetValue(model);
            var m = path is { Length: > 0 } ? OffensiveModel.Load(Path.GetFullPath(path)) : OffensiveModel.Embedded;
            if (parse.GetValue(contextWeight) is { } weight)
            {
                m = m.WithInfo(m.Info with { ContextWeight = weight });
            }

            if (parse.GetValue(contextChars) is { } chars)
            {
                m = m.WithInfo(m.Info with { ContextChars = chars });
            }

            var p = ClassifierData.Score(m, rows, parse.GetValue(unit)!, ClassifierData.CreateNormalizer());
            var cut = parse.GetValue(threshold) ?? m.Info.Threshold;
            var metrics = ClassifierData.Measure(rows, p, cut);
            if (parse.GetValue(scores) is { Length: > 0 } scoresPath)
            {
                WriteScores(Path.GetFullPath(scoresPath), rows, p, cut);
            }

            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(metrics));
            }
            else
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rows {metrics.Rows}  accuracy {metrics.Accuracy:0.0000}  macroF1 {metrics.MacroF1:0.0000}  precision {metrics.Precision:0.0000}  recall {metrics.Recall:0.0000}  falsePositiveRate {metrics.FalsePositiveRate:0.0000}  (threshold {metrics.Threshold:0.0000}, unit {(parse.GetValue(unit) == "model" ? m.Info.Unit : parse.GetValue(unit))}, model {m.Info.Version})"));
                foreach (var (fine, fm) in metrics.ByFineLabel ?? new Dictionary<string, FineLabelMetrics>())
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {fine,-18} rows {fm.Rows,5}  flagged {fm.FlaggedRate:0.0000}"));
                }
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static void WriteScores(string path, List<LabeledRow> rows, float[] p, double threshold)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("row\tlabel\tscore\tpredicted");
        for (var i = 0; i < rows.Count; i++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}\t{(rows[i].Offensive ? "offensive" : "safe")}\t{p[i]:R}\t{(p[i] >= threshold ? "offensive" : "safe")}"));
        }
    }
}
