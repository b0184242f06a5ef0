using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentGuard.Detectors.Privacy;
using ContentGuard.Normalization;

namespace ContentGuard.Cli;

/// <summary>
/// <c>contentguard eval privacy --data FILE [--vectors FILE] [--clean FILE] [--date yyyy-MM-dd] [--format json|text]</c>:
/// per-type precision and recall of the PRIVACY detector on labelled sentences (<c>label&lt;TAB&gt;text</c>), exact
/// classification of test vectors (<c>type&lt;TAB&gt;value&lt;TAB&gt;valid|invalid</c>), and the PRIVACY findings on a
/// benign corpus (a TSV with a <c>text</c> column).
/// </summary>
internal static class EvalPrivacyCommand
{
    private static readonly string[] Types = ["cn_resident_id", "bank_card", "cn_mobile", "uscc"];

    private static readonly CheckOptions PrivacyOnly = new() { EnabledCategories = [Category.Privacy.Id] };

    /// <summary>Adds <c>privacy</c> under the <c>eval</c> command of <paramref name="root"/>, creating <c>eval</c> if needed.</summary>
    public static Command Create(Func<ContentChecker> checker, TextWriter stdout)
    {
        var data = new Option<string>("--data") { Description = "Labelled sentences: label<TAB>text (labels cn_resident_id, bank_card, cn_mobile, uscc, none…).", Required = true };
        var vectors = new Option<string?>("--vectors") { Description = "Test vectors: type<TAB>value<TAB>valid|invalid." };
        var clean = new Option<string?>("--clean") { Description = "A benign corpus (TSV with a text column) on which nothing should be flagged." };
        var date = new Option<string?>("--date") { Description = "The document date (yyyy-MM-dd) that birth dates must not exceed; default today." };
        var format = new Option<string>("--format", "-f") { Description = "Output: json or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("privacy", "Per-type precision/recall of the PRIVACY detector, test-vector classification, false alarms on a clean corpus.")
        {
            data, vectors, clean, date, format,
        };
        command.SetAction(parse =>
        {
            var documentDate = ParseDate(parse.GetValue(date)) ?? DateOnly.FromDateTime(DateTime.Today);
            var engine = checker();
            var normalizer = new Normalizer(CharData.TraditionalToSimplified);
            var report = new JsonObject
            {
                ["command"] = "eval privacy",
                ["documentDate"] = documentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["sentences"] = EvaluateSentences(parse.GetValue(data)!, engine, normalizer, documentDate),
            };
            if (parse.GetValue(vectors) is { } vectorPath)
            {
                report["vectors"] = EvaluateVectors(vectorPath, engine, documentDate);
            }

            if (parse.GetValue(clean) is { } cleanPath)
            {
                report["clean"] = EvaluateClean(cleanPath, engine, documentDate);
            }

            if (parse.GetValue(format) == "text")
            {
                WriteText(stdout, report);
            }
            else
            {
                stdout.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static JsonObject EvaluateSentences(string path, ContentChecker engine, Normalizer normalizer, DateOnly documentDate)
    {
        var counts = Types.ToDictionary(t => t, _ => new Counts());
        var errors = new JsonArray();
        var flaggedCodes = 0;
        var total = 0;
        foreach (var cells in ReadRows(path, 2))
        {
            var (label, text) = (cells[0], cells[1]);
            total++;
            var gold = Types.Contains(label) ? label : null;
            var predicted = FlaggedTypes(engine, text, documentDate);
            var found = new List<PiiMatch>();
            PrivacyScanner.Scan(normalizer.Normalize(text), documentDate, found);
            if (found.Any(m => m.Kind == PiiKind.SocialCreditCode))
            {
                predicted.Add("uscc");
            }

            if (gold == "uscc" && predicted.Any(t => t != "uscc"))
            {
                flaggedCodes++;
            }

            foreach (var type in Types)
            {
                counts[type].Add(predicted.Contains(type), gold == type);
            }

            if (!predicted.SetEquals(gold is null ? [] : [gold]) && errors.Count < 50)
            {
                errors.Add(new JsonObject { ["label"] = label, ["predicted"] = string.Join('|', predicted.Order(StringComparer.Ordinal)), ["text"] = text });
            }
        }

        var types = new JsonObject();
        foreach (var type in Types)
        {
            types[type] = counts[type].ToJson();
        }

        return new JsonObject
        {
            ["file"] = path,
            ["count"] = total,
            ["types"] = types,
            ["note"] = "cn_resident_id, bank_card, cn_mobile: PRIVACY findings of the default engine; uscc: codes recognised by the scanner (never flagged)",
            ["creditCodeSentencesFlagged"] = flaggedCodes,
            ["errors"] = errors,
        };
    }

    private static JsonObject EvaluateVectors(string path, ContentChecker engine, DateOnly documentDate)
    {
        var byType = Types.ToDictionary(t => t, _ => (Total: 0, Validator: 0, Detector: 0));
        var errors = new JsonArray();
        var total = 0;
        foreach (var cells in ReadRows(path, 3))
        {
            var (type, value, expected) = (cells[0], cells[1], cells[2]);
            if (!byType.TryGetValue(type, out var tally))
            {
                throw new CliException($"{path}: unknown type '{type}'.");
            }

            total++;
            var valid = expected == "valid";
            var validator = type switch
            {
                "cn_resident_id" => ResidentId.IsValid(value, documentDate),
                "bank_card" => BankCard.IsValid(value),
                "cn_mobile" => MobileNumber.IsValid(value),
                _ => SocialCreditCode.IsValid(value),
            };

            // The detector on the bare value: a valid personal number is one finding over the whole value; anything else none.
            var matches = engine.Check(value, PrivacyOnly with { DocumentDate = documentDate }).Matches;
            var detector = valid && type != "uscc"
                ? matches.Count == 1 && TypeOf(matches[0].Rule.Id) == type && matches[0].Length == value.Length
                : matches.Count == 0;
            tally.Total++;
            tally.Validator += validator == valid ? 1 : 0;
            tally.Detector += detector ? 1 : 0;
            byType[type] = tally;
            if ((validator != valid || !detector) && errors.Count < 50)
            {
                errors.Add(new JsonObject { ["type"] = type, ["value"] = value, ["expected"] = expected, ["validator"] = validator, ["detectorCorrect"] = detector });
            }
        }

        var types = new JsonObject();
        foreach (var (type, t) in byType)
        {
            types[type] = new JsonObject { ["total"] = t.Total, ["validatorCorrect"] = t.Validator, ["detectorCorrect"] = t.Detector };
        }

        return new JsonObject
        {
            ["file"] = path,
            ["count"] = total,
            ["validatorCorrect"] = byType.Values.Sum(t => t.Validator),
            ["detectorCorrect"] = byType.Values.Sum(t => t.Detector),
            ["types"] = types,
            ["errors"] = errors,
        };
    }

    private static JsonObject EvaluateClean(string path, ContentChecker engine, DateOnly documentDate)
    {
        var (file, columns) = TsvFile.Read(path, "text");
        var column = columns[0];
        var options = PrivacyOnly with { DocumentDate = documentDate };
        var total = 0;
        var flagged = 0;
        var examples = new JsonArray();
        foreach (var cells in file.Rows.Select(r => r.Cells))
        {
            total++;
            var matches = engine.Check(cells[column], options).Matches;
            if (matches.Count > 0)
            {
                flagged++;
                if (examples.Count < 20)
                {
                    examples.Add(new JsonObject { ["rule"] = matches[0].Rule.Id, ["match"] = matches[0].Text, ["text"] = cells[column] });
                }
            }
        }

        return new JsonObject { ["file"] = path, ["count"] = total, ["flagged"] = flagged, ["examples"] = examples };
    }

    private static HashSet<string> FlaggedTypes(ContentChecker engine, string text, DateOnly documentDate)
    {
        var result = engine.Check(text, PrivacyOnly with { DocumentDate = documentDate });
        return [.. result.Matches.Select(m => TypeOf(m.Rule.Id)).OfType<string>()];
    }

    private static string? TypeOf(string ruleId) => ruleId switch
    {
        "PRIVACY_RESIDENT_ID" => "cn_resident_id",
        "PRIVACY_BANK_CARD" => "bank_card",
        "PRIVACY_MOBILE" => "cn_mobile",
        _ => null,
    };

    private static IEnumerable<string[]> ReadRows(string path, int columns) => TsvFile.Read(path, columns).Rows.Select(r => r.Cells);

    private static void WriteText(TextWriter stdout, JsonObject report)
    {
        var sentences = report["sentences"]!;
        stdout.WriteLine($"sentences: {sentences["file"]} ({sentences["count"]}), document date {report["documentDate"]}");
        stdout.WriteLine("type            precision  recall   tp   fp   fn");
        foreach (var type in Types)
        {
            var t = sentences["types"]![type]!;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{type,-15} {(double)t["precision"]!,9:F4} {(double)t["recall"]!,7:F4} {(int)t["tp"]!,4} {(int)t["fp"]!,4} {(int)t["fn"]!,4}"));
        }

        if (report["vectors"] is { } v)
        {
            stdout.WriteLine($"vectors: {v["file"]}: validator {v["validatorCorrect"]}/{v["count"]}, detector {v["detectorCorrect"]}/{v["count"]}");
        }

        if (report["clean"] is { } c)
        {
            stdout.WriteLine($"clean: {c["file"]}: {c["flagged"]} of {c["count"]} flagged");
        }
    }

    private static DateOnly? ParseDate(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliException($"invalid date '{value}': use yyyy-MM-dd, e.g. 2026-11-27.");

    private sealed class Counts
    {
        public int TruePositives { get; private set; }

        public int FalsePositives { get; private set; }

        public int FalseNegatives { get; private set; }

        public void Add(bool predicted, bool gold)
        {
            if (predicted && gold)
            {
                TruePositives++;
            }
            else if (predicted)
            {
                FalsePositives++;
            }
            else if (gold)
            {
                FalseNegatives++;
            }
        }

        public JsonObject ToJson()
        {
            var p = TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);
            var r = TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);
            return new JsonObject
            {
                ["precision"] = Math.Round(p, 4),
                ["recall"] = Math.Round(r, 4),
                ["tp"] = TruePositives,
                ["fp"] = FalsePositives,
                ["fn"] = FalseNegatives,
            };
        }
    }
}
