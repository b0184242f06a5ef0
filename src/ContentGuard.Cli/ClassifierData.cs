using System.Text.Json.Serialization;
using ContentGuard.Detectors.Offensive;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Cli;

/// <summary>One labelled row of a classifier data set (TSV with a header: <c>label</c>, <c>text</c>, optional <c>fine_label</c>).</summary>
internal sealed record LabeledRow(bool Offensive, string Text, string? FineLabel);

/// <summary>Reading the classifier data sets, scoring rows, and the offensive-class metrics.</summary>
internal static class ClassifierData
{
    /// <summary>Labels that mean offensive (COLD offensive, SWSR sexist); safe, normal and non_sexist mean not offensive.</summary>
    private static readonly HashSet<string> Positive = new(["offensive", "sexist", "1"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Negative = new(["safe", "normal", "non_sexist", "0"], StringComparer.OrdinalIgnoreCase);

    public static Normalizer CreateNormalizer() => new(CharData.TraditionalToSimplified, Normalizer.DefaultNoise);

    public static List<LabeledRow> Read(string path)
    {
        var (file, columns) = TsvFile.Read(path, "label", "text");
        var (label, text) = (columns[0], columns[1]);
        var fine = Array.IndexOf(file.Header, "fine_label");
        var rows = new List<LabeledRow>(file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var value = row.Cells[label];
            var offensive = Positive.Contains(value) ? true
                : Negative.Contains(value) ? false
                : throw new CliException($"{path}:{row.Line}: unknown label '{value}' (use offensive/sexist or safe/normal/non_sexist).");
            rows.Add(new LabeledRow(offensive, row.Cells[text], fine >= 0 && fine < row.Cells.Length ? row.Cells[fine] : null));
        }

        return rows;
    }

    /// <summary>Model inputs of whole rows, normalized and segmented as the detector does.</summary>
    public static List<OffensiveInput> Featurize(IReadOnlyList<LabeledRow> rows, Normalizer normalizer, bool stripNoise)
    {
        var segmenter = Segmenter.Shared;
        var result = new OffensiveInput[rows.Count];
        Parallel.For(0, rows.Count, i => result[i] = OffensiveFeatures.FromRaw(rows[i].Text, normalizer, segmenter, stripNoise));
        return [.. result];
    }

    /// <summary>
    /// Scores of rows: <c>model</c> (default) scores each row exactly as the detector does with the model's unit
    /// (<see cref="OffensiveScorer"/>; a row is offensive when it would get a finding); <c>sentence</c> or
    /// <c>context</c> does the same with that unit instead; <c>row</c> scores the whole row as one input.
    /// </summary>
    public static float[] Score(OffensiveModel model, IReadOnlyList<LabeledRow> rows, string unit, Normalizer normalizer)
    {
        var segmenter = Segmenter.Shared;
        var result = new float[rows.Count];
        if (unit == "row")
        {
            Parallel.For(0, rows.Count, i => result[i] = model.Score(OffensiveFeatures.FromRaw(rows[i].Text, normalizer, segmenter, model.Info.StripNoise)));
            return result;
        }

        var m = unit is OffensiveModelInfo.SentenceUnit or OffensiveModelInfo.ContextUnit && unit != model.Info.Unit
            ? model.WithInfo(model.Info with { Unit = unit })
            : model;
        Parallel.For(0, rows.Count, i => result[i] = m.ScoreText(rows[i].Text, normalizer, segmenter));
        return result;
    }

    public static ClassifierMetrics Measure(IReadOnlyList<LabeledRow> rows, IReadOnlyList<float> probabilities, double threshold)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        var fine = new SortedDictionary<string, (int Rows, int Flagged)>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var predicted = probabilities[i] >= threshold;
            var actual = rows[i].Offensive;
            if (predicted && actual) { tp++; }
            else if (predicted) { fp++; }
            else if (actual) { fn++; }
            else { tn++; }

            if (rows[i].FineLabel is { Length: > 0 } f)
            {
                var (n, k) = fine.GetValueOrDefault(f);
                fine[f] = (n + 1, k + (predicted ? 1 : 0));
            }
        }

        return ClassifierMetrics.From(tp, fp, tn, fn, threshold,
            fine.Count == 0 ? null : fine.ToDictionary(p => p.Key, p => new FineLabelMetrics(p.Value.Rows, Ratio(p.Value.Flagged, p.Value.Rows))));
    }

    public static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>Metrics for the offensive class (<c>contentguard eval classifier --format json</c>).</summary>
internal sealed record ClassifierMetrics(
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("macroF1")] double MacroF1,
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("falsePositiveRate")] double FalsePositiveRate,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("byFineLabel"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, FineLabelMetrics>? ByFineLabel)
{
    public static ClassifierMetrics From(int tp, int fp, int tn, int fn, double threshold, IReadOnlyDictionary<string, FineLabelMetrics>? fine)
    {
        var rows = tp + fp + tn + fn;
        var precision = ClassifierData.Ratio(tp, tp + fp);
        var recall = ClassifierData.Ratio(tp, tp + fn);
        var f1Pos = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var precisionNeg = ClassifierData.Ratio(tn, tn + fn);
        var recallNeg = ClassifierData.Ratio(tn, tn + fp);
        var f1Neg = precisionNeg + recallNeg == 0 ? 0 : 2 * precisionNeg * recallNeg / (precisionNeg + recallNeg);

        // Macro-F1 averages the classes present: a set with one class only (gov_statutes) has the F1 of that class.
        var hasPos = tp + fn > 0;
        var hasNeg = tn + fp > 0;
        var macro = hasPos && hasNeg ? (f1Pos + f1Neg) / 2 : hasPos ? f1Pos : f1Neg;
        return new ClassifierMetrics(rows, ClassifierData.Ratio(tp + tn, rows), macro, precision, recall, ClassifierData.Ratio(fp, fp + tn), threshold, fine);
    }
}

/// <summary>Rows of one fine label and the share the model flagged (recall for attack_*, false-alarm rate for safe_*).</summary>
internal sealed record FineLabelMetrics(
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("flaggedRate")] double FlaggedRate);
