using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ContentGuard.Detectors.Offensive;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ContentGuard.Cli;

/// <summary>
/// <c>contentguard train classifier --data DIR --out models/offensive.zip</c>: trains the offensive-language model that
/// ships in the package. Features: jieba word uni/bigrams and character 1–3-grams, hashed (no vocabulary in the model);
/// candidate trainers are compared on the dev sets, the threshold is tuned on dev only, and the test sets are scored
/// once at the end for the report. Fixed seeds: the same data gives the same model.
/// </summary>
internal static class TrainClassifierCommand
{

    public static Command Create(TextWriter stdout)
    {
        var data = new Option<string>("--data") { Description = "The classifier data folder (cold/, swsr/, gov_statutes/ with train/dev/test.tsv).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model zip.", DefaultValueFactory = _ => "models/offensive.zip" };
        var seed = new Option<int>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => 1 };
        var trainers = new Option<string>("--trainers") { Description = "Comma-separated candidate trainers compared on dev: " + string.Join(", ", Candidates.Keys) + ".", DefaultValueFactory = _ => string.Join(',', DefaultCandidates) };
        var maxFpr = new Option<double>("--max-statute-fpr") { Description = "The largest false-positive rate allowed on gov_statutes dev when tuning the threshold.", DefaultValueFactory = _ => 0.005 };
        var refit = new Option<bool>("--refit-on-dev") { Description = "After choosing the trainer and thresholds on dev, refit the winner on train + dev (the thresholds stay the dev-tuned ones).", DefaultValueFactory = _ => false };
        var safeSentences = new Option<bool>("--safe-sentences") { Description = "Also train on each sentence of every safe multi-sentence COLD/SWSR train row (as safe): the detector scores sentences.", DefaultValueFactory = _ => false };
        var useSwsr = new Option<bool>("--use-swsr") { Description = "Add SWSR train (sexist → offensive) to the training data.", DefaultValueFactory = _ => true };
        var unit = new Option<string>("--unit") { Description = "The scoring unit stored in the model and used for every dev choice: context (each sentence mixed with its paragraph or neighbours, never below its own probability) or sentence (each sentence alone).", DefaultValueFactory = _ => OffensiveModelInfo.ContextUnit };
        unit.AcceptOnlyFromAmong(OffensiveModelInfo.ContextUnit, OffensiveModelInfo.SentenceUnit);
        var contextWeight = new Option<double>("--context-weight") { Description = "Unit context: the weight of a sentence's own probability in max(p, w·p + (1 − w)·c); chosen on COLD dev.", DefaultValueFactory = _ => 0.2 };
        var contextChars = new Option<int>("--context-chars") { Description = "Unit context: the longest paragraph (letters, digits, CJK) that is the context of its sentences; longer paragraphs give each sentence its neighbours.", DefaultValueFactory = _ => 100 };
        var official = new Option<string?>("--official") { Description = "Official prose (one paragraph per line, e.g. ../shared/data/corpus/gov_text_train.txt): its sentences are added to training as not offensive, so law-enforcement wording (严厉打击电信网络诈骗、涉黑涉恶) is learnt as the government register it is." };
        var officialClauses = new Option<int>("--official-clauses") { Description = "Also add this many short clauses of the official prose (4–12 letters/digits, split at ，；： and sentence ends; evenly spaced) as not offensive: headings, list items and table cells are scored as lines of their own. 0: none.", DefaultValueFactory = _ => 10000 };
        var officialLimit = new Option<int>("--official-limit") { Description = "The most official sentences added (evenly spaced through the file).", DefaultValueFactory = _ => 10000 };
        var saveCandidates = new Option<string?>("--save-candidates") { Description = "Also write every candidate's model (with its dev-tuned threshold) to this folder as <name>.zip, for comparisons on dev." };
        var criticalPrecision = new Option<double>("--critical-precision") { Description = "The precision on dev (COLD + gov_statutes) that findings at or above the critical threshold must reach.", DefaultValueFactory = _ => 0.95 };
        var stripNoise = new Option<bool>("--strip-noise") { Description = "Leave the normalizer's noise characters (* · / emoji …) out of the model's input, so symbols inserted between characters do not hide a sentence (false: the featurization of the models before 2026-11-27's fifth session).", DefaultValueFactory = _ => true };
        var command = new Command("classifier", "Train the offensive-language classifier (models/offensive.zip) and print its metrics.")
        {
            data, output, seed, trainers, unit, contextChars, contextWeight, maxFpr, criticalPrecision, refit, useSwsr, safeSentences, official, officialLimit, officialClauses, saveCandidates, stripNoise,
        };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(trainers)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var n in names)
            {
                if (!Candidates.ContainsKey(n))
                {
                    throw new CliException($"unknown trainer '{n}': use {string.Join(", ", Candidates.Keys)}.");
                }
            }

            var settings = new Settings(parse.GetValue(seed), names, parse.GetValue(unit)!, parse.GetValue(contextChars), parse.GetValue(contextWeight), parse.GetValue(maxFpr), parse.GetValue(criticalPrecision), parse.GetValue(refit), parse.GetValue(useSwsr), parse.GetValue(safeSentences), parse.GetValue(official), parse.GetValue(officialLimit), parse.GetValue(officialClauses), parse.GetValue(saveCandidates), parse.GetValue(stripNoise));
            return Train(parse.GetValue(data)!, parse.GetValue(output)!, settings, stdout);
        });
        return command;
    }

    private static readonly string[] DefaultCandidates = ["lbfgs-c3", "lbfgs-h22-c3", "lbfgs-h23-c3", "nblr-h22-c3"];

    /// <summary>The feature shape of the shipped candidates before the hash-space variants: word 2^18, char 2^20, word uni+bigrams.</summary>
    private static readonly FeatureShape BaseShape = new(WordBits: 18, CharBits: 20, WordNgram: 2);

    /// <summary>Candidates (features × trainer), compared on dev; every trainer gives calibrated probabilities.</summary>
    private static readonly Dictionary<string, Candidate> Candidates = new Candidate[]
    {
        new("sdca-c3", 3, ml => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1, L2Regularization = 1e-5f, MaximumNumberOfIterations = 30, Shuffle = true,
        })),
        new("sdca-auto-c3", 3, ml => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
        })),
        new("svm-c3", 3, ml => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options { NumberOfIterations = 20, Lambda = 1e-4f })
            .Append(ml.BinaryClassification.Calibrators.Platt())),
        new("ap-c3", 3, ml => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options { NumberOfIterations = 10 })
            .Append(ml.BinaryClassification.Calibrators.Platt())),
        new("lbfgs-c3", 3, ml => Lbfgs(ml, 0.1f)),
        new("lbfgs-l2-1-c3", 3, ml => Lbfgs(ml, 1f)),
        new("lbfgs-l2-0.01-c3", 3, ml => Lbfgs(ml, 0.01f)),
        new("lbfgs-c2", 2, ml => Lbfgs(ml, 0.1f)),
        new("lbfgs-c4", 4, ml => Lbfgs(ml, 0.1f)),
        new("lbfgs-l2-1-c4", 4, ml => Lbfgs(ml, 1f)),
        new("lbfgs-h21-c3", 3, ml => Lbfgs(ml, 0.1f), new FeatureShape(WordBits: 19, CharBits: 21, WordNgram: 2)),
        new("lbfgs-h22-c3", 3, ml => Lbfgs(ml, 0.1f), new FeatureShape(WordBits: 20, CharBits: 22, WordNgram: 2)),
        new("lbfgs-h23-c3", 3, ml => Lbfgs(ml, 0.1f), new FeatureShape(WordBits: 21, CharBits: 23, WordNgram: 2)),
        new("lbfgs-w3-c3", 3, ml => Lbfgs(ml, 0.1f), BaseShape with { WordNgram = 3 }),
        new("lbfgs-tfidf-c3", 3, ml => Lbfgs(ml, 0.1f), BaseShape with { TfIdf = true }),
        new("lbfgs-l2-0.03-tfidf-c3", 3, ml => Lbfgs(ml, 0.03f), BaseShape with { TfIdf = true }),
        new("nblr-h22-c3", 3, ml => Lbfgs(ml, 0.3f), new FeatureShape(WordBits: 20, CharBits: 22, WordNgram: 2, NaiveBayes: true)),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static LbfgsLogisticRegressionBinaryTrainer Lbfgs(MLContext ml, float l2) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = l2, L1Regularization = 0f, NumberOfThreads = 1, MaximumNumberOfIterations = 200,
        });

    private static string FeatureDescription(Candidate c, ITransformer model) => (c.Shape.NaiveBayes ? (NaiveBayesScaling.HoldsScaler(model)
        ? "NB-scaled (each feature times |naive-Bayes log-count ratio| learnt on train, stored as a min-max normalizer): "
        : "NB-scaled (each feature times |naive-Bayes log-count ratio| learnt on train, folded into the regression weights): ") : string.Empty) + (c.Shape.TfIdf
        ? $"jieba words of the normalized sentence (uni+bigrams, dictionary, TF-IDF) + characters of the normalized sentence (1–{c.CharNgram}-grams with start/end markers, dictionary, TF-IDF); concatenated, L2-normalized"
        : $"jieba words of the normalized sentence ({(c.Shape.WordNgram == 3 ? "uni+bi+trigrams" : "uni+bigrams")}, hashed 2^{c.Shape.WordBits}) + characters of the normalized sentence (1–{c.CharNgram}-grams with start/end markers, hashed 2^{c.Shape.CharBits}); concatenated, L2-normalized");

    /// <summary>The feature pipeline: only ML.NET transforms, so the saved model loads anywhere.</summary>
    public static IEstimator<ITransformer> Features(MLContext ml, Candidate c) => c.Shape.TfIdf ? DictionaryFeatures(ml, c) :
        ml.Transforms.Text.ProduceHashedWordBags("WordBag", nameof(OffensiveInput.Words), numberOfBits: c.Shape.WordBits, ngramLength: c.Shape.WordNgram, useAllLengths: true)
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", nameof(OffensiveInput.Text), useMarkerCharacters: true))
            .Append(ml.Transforms.Text.ProduceHashedNgrams("CharBag", "Chars", numberOfBits: c.Shape.CharBits, ngramLength: c.CharNgram, useAllLengths: true))
            .Append(ml.Transforms.Concatenate("Features", "WordBag", "CharBag"))
            .Append(ml.Transforms.NormalizeLpNorm("Features"));

    /// <summary>
    /// Dictionary (not hashed) n-gram bags weighted by TF-IDF (inverse document frequency learned on train): the
    /// vocabulary lives in the model, so rare n-grams cannot collide and common ones weigh less.
    /// </summary>
    private static Microsoft.ML.Data.EstimatorChain<Microsoft.ML.Transforms.LpNormNormalizingTransformer> DictionaryFeatures(MLContext ml, Candidate c) =>
        ml.Transforms.Text.TokenizeIntoWords("WordTokens", nameof(OffensiveInput.Words), [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "WordTokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("WordBag", "WordKeys", ngramLength: c.Shape.WordNgram, useAllLengths: true, weighting: Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", nameof(OffensiveInput.Text), useMarkerCharacters: true))
            .Append(ml.Transforms.Text.ProduceNgrams("CharBag", "Chars", ngramLength: c.CharNgram, useAllLengths: true, weighting: Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.Concatenate("Features", "WordBag", "CharBag"))
            .Append(ml.Transforms.NormalizeLpNorm("Features"));

    /// <summary>Hash-space sizes (bits) of the word and character bags and the longest word n-gram; or dictionary TF-IDF bags.</summary>
    internal sealed record FeatureShape(int WordBits, int CharBits, int WordNgram, bool TfIdf = false, bool NaiveBayes = false);

    /// <summary>A candidate: trainer and feature shape.</summary>
    internal sealed record Candidate(string Name, int CharNgram, Func<MLContext, IEstimator<ITransformer>> Trainer, FeatureShape? ShapeOrNull = null)
    {
        public FeatureShape Shape => ShapeOrNull ?? BaseShape;
    }

    /// <summary>The command's options.</summary>
    private sealed record Settings(int Seed, string[] TrainerNames, string Unit, int ContextChars, double ContextWeight, double MaxFpr, double CriticalPrecision, bool Refit, bool UseSwsr, bool SafeSentences, string? Official, int OfficialLimit, int OfficialClauses, string? SaveCandidates, bool StripNoise);

    private static int Train(string dataDir, string output, Settings settings, TextWriter stdout)
    {
        var (seed, trainerNames, unit, contextChars, contextWeight, maxFpr, criticalPrecision, refit, useSwsr, safeSentences, officialPath, officialLimit, officialClauses, saveCandidates, stripNoise) = settings;
        var scoring = new OffensiveModelInfo { Threshold = 0.5, CriticalThreshold = 1, Unit = unit, ContextChars = contextChars, ContextWeight = contextWeight, StripNoise = stripNoise };
        var total = Stopwatch.StartNew();
        var dir = Path.GetFullPath(dataDir);
        List<LabeledRow> Load(string rel) => ClassifierData.Read(Path.Combine(dir, rel));
        var coldTrain = Load("cold/train.tsv");
        var swsrTrain = useSwsr ? Load("swsr/train.tsv") : [];
        var govTrain = Load("gov_statutes/train.tsv");
        var coldDev = Load("cold/dev.tsv");
        var swsrDev = Load("swsr/dev.tsv");
        var govDev = Load("gov_statutes/dev.tsv");
        var train = coldTrain.Concat(swsrTrain).Concat(govTrain).ToList();
        if (safeSentences)
        {
            // Each sentence of a safe comment is safe too; the detector scores sentences, the data labels whole comments.
            train.AddRange(coldTrain.Concat(swsrTrain).Where(r => !r.Offensive).SelectMany(SafeSentences).ToList());
        }

        var (officialRows, clauseRows) = officialPath is { Length: > 0 } ? OfficialRows(officialPath, officialLimit, officialClauses) : ([], []);
        train.AddRange(officialRows);
        train.AddRange(clauseRows);
        stdout.WriteLine(Inv($"train: {train.Count} rows (COLD {coldTrain.Count}, SWSR {swsrTrain.Count}, gov_statutes {govTrain.Count}, official prose {officialRows.Count} sentences + {clauseRows.Count} clauses); offensive {train.Count(r => r.Offensive)}"));

        var normalizer = ClassifierData.CreateNormalizer();
        var sw = Stopwatch.StartNew();
        var rows = TrainingRows(train, normalizer, stripNoise);
        stdout.WriteLine(Inv($"segmented in {sw.Elapsed.TotalSeconds:0.0} s"));

        var ml = new MLContext(seed: seed);
        var view = ml.Data.LoadFromEnumerable(rows);
        var devRows = coldDev.Concat(govDev).ToList();
        var devCold = Enumerable.Range(0, coldDev.Count).ToArray();
        var devGov = Enumerable.Range(coldDev.Count, govDev.Count).ToArray();

        (Candidate Candidate, ITransformer Model, float[] DevP, double Threshold, double DevAccuracy, double DevMacroF1)? best = null;
        foreach (var name in trainerNames)
        {
            sw.Restart();
            var c = Candidates[name];
            var transformer = Fit(ml, c, view);
            var seconds = sw.Elapsed.TotalSeconds;
            if (c.Shape.NaiveBayes && NaiveBayesScaling.HoldsScaler(transformer))
            {
                stdout.WriteLine(Inv($"candidate {name}: the NB scale could not be folded into the weights; the unfolded chain (normalizer kept, larger file) is used"));
            }

            var candidate = OffensiveModel.FromTransformer(ml, transformer, scoring, name);
            var p = ClassifierData.Score(candidate, devRows, "model", normalizer);
            var (threshold, accuracy, macro) = TuneThreshold(devRows, p, devCold, devGov, maxFpr);
            var gov = ClassifierData.Measure(govDev, devGov.Select(i => p[i]).ToArray(), threshold);
            stdout.WriteLine(Inv($"candidate {name,-14} fit {seconds,6:0.0} s  dev threshold {threshold:0.000}  COLD dev acc {accuracy:0.0000} macroF1 {macro:0.0000}  gov dev FPR {gov.FalsePositiveRate:0.0000}"));
            if (saveCandidates is { Length: > 0 })
            {
                var candidatePath = Path.Combine(Path.GetFullPath(saveCandidates), name + ".zip");
                Directory.CreateDirectory(Path.GetDirectoryName(candidatePath)!);
                ml.Model.Save(transformer, view.Schema, candidatePath);
                OffensiveModel.WriteInfo(candidatePath, scoring with { Threshold = Math.Round(threshold, 4), Version = "candidate-" + name, Trainer = name, Features = FeatureDescription(c, transformer) });
            }

            if (best is null || accuracy > best.Value.DevAccuracy || (accuracy == best.Value.DevAccuracy && macro > best.Value.DevMacroF1))
            {
                best = (c, transformer, p, threshold, accuracy, macro);
            }
        }

        var winner = best!.Value;
        var critical = TuneCritical(devRows, winner.DevP, winner.Threshold, criticalPrecision);
        stdout.WriteLine(Inv($"winner {winner.Candidate.Name}: threshold {winner.Threshold:0.0000}, critical {critical:0.0000} (precision ≥ {criticalPrecision:0.00} on dev); dev sets, model fitted on train only:"));

        // COLD and gov_statutes dev were scored when the winner was a candidate (a row's score does not depend on the threshold).
        var winnerModel = OffensiveModel.FromTransformer(ml, winner.Model, scoring with { Threshold = winner.Threshold }, winner.Candidate.Name);
        Report(stdout, "COLD dev", ClassifierData.Measure(coldDev, devCold.Select(i => winner.DevP[i]).ToArray(), winner.Threshold));
        Report(stdout, "gov_statutes dev", ClassifierData.Measure(govDev, devGov.Select(i => winner.DevP[i]).ToArray(), winner.Threshold));
        Report(stdout, "SWSR dev", ClassifierData.Measure(swsrDev, ClassifierData.Score(winnerModel, swsrDev, "model", normalizer), winner.Threshold));

        var final = winner.Model;
        if (refit)
        {
            sw.Restart();
            var all = train.Concat(coldDev).Concat(useSwsr ? swsrDev : []).Concat(govDev).ToList();
            final = Fit(ml, winner.Candidate, ml.Data.LoadFromEnumerable(TrainingRows(all, normalizer, stripNoise)));
            stdout.WriteLine(Inv($"refitted {winner.Candidate.Name} on train + dev ({all.Count} rows) in {sw.Elapsed.TotalSeconds:0.0} s"));
        }

        var outPath = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        ml.Model.Save(final, view.Schema, outPath);
        var info = new OffensiveModelInfo
        {
            Threshold = Math.Round(winner.Threshold, 4),
            CriticalThreshold = Math.Round(critical, 4),
            MinChars = 4,
            Unit = unit,
            ContextChars = contextChars,
            ContextWeight = contextWeight,
            StripNoise = stripNoise,
            Version = $"offensive-{DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{ContentHash(outPath)}",
            Trainer = winner.Candidate.Name + (refit ? " (refitted on train + dev)" : string.Empty),
            Features = FeatureDescription(winner.Candidate, final),
            Command = $"contentguard train classifier --data <data> --out <out> --seed {seed} --trainers {string.Join(',', trainerNames)} --unit {unit} --context-chars {contextChars.ToString(CultureInfo.InvariantCulture)} --context-weight {contextWeight.ToString(CultureInfo.InvariantCulture)} --max-statute-fpr {maxFpr.ToString(CultureInfo.InvariantCulture)} --critical-precision {criticalPrecision.ToString(CultureInfo.InvariantCulture)} --refit-on-dev {(refit ? "true" : "false")} --use-swsr {(useSwsr ? "true" : "false")}{(safeSentences ? " --safe-sentences true" : string.Empty)}{(stripNoise ? string.Empty : " --strip-noise false")}{(officialPath is { Length: > 0 } ? $" --official {Path.GetFileName(officialPath)} --official-limit {officialLimit.ToString(CultureInfo.InvariantCulture)} --official-clauses {officialClauses.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}",
        };
        OffensiveModel.WriteInfo(outPath, info);
        var trainingSeconds = total.Elapsed.TotalSeconds;
        stdout.WriteLine(Inv($"saved {outPath} ({new FileInfo(outPath).Length / 1048576.0:0.00} MB, {info.Version}); training took {trainingSeconds:0} s"));

        // Report: reload the saved file and score the held-out test sets once (never used for any choice).
        var saved = OffensiveModel.Load(outPath);
        stdout.WriteLine("test sets, saved model:");
        foreach (var (label, rel) in new[] { ("COLD test", "cold/test_fine.tsv"), ("gov_statutes test", "gov_statutes/test.tsv"), ("SWSR test", "swsr/test.tsv") })
        {
            var set = Load(rel);
            Report(stdout, label, ClassifierData.Measure(set, ClassifierData.Score(saved, set, "model", normalizer), saved.Info.Threshold));
        }

        return CliApp.ExitOk;
    }

    /// <summary>
    /// Fits a candidate's features and trainer. With the naive-Bayes scaling, the scale is then folded into the
    /// regression weights (<see cref="NaiveBayesScaling.Fold"/>, checked on 2,000 training rows); should ML.NET refuse
    /// the fold, the unfolded chain (same probabilities, larger file) is kept.
    /// </summary>
    private static ITransformer Fit(MLContext ml, Candidate c, IDataView data)
    {
        if (!c.Shape.NaiveBayes)
        {
            return Features(ml, c).Append(c.Trainer(ml)).Fit(data);
        }

        var chain = (Microsoft.ML.Data.TransformerChain<ITransformer>)NaiveBayesScaling.Fit(ml, Features(ml, c), c.Trainer(ml), data);
        return NaiveBayesScaling.Fold(ml, chain, ml.Data.TakeRows(data, 2000)) ?? chain;
    }

    /// <summary>
    /// The first 8 hex digits of the SHA-256 of the ML.NET entries of a saved model zip (names and contents, in name
    /// order; zip timestamps and the info entry left out): the same trained model always gets the same hash, so the
    /// version string (<c>offensive-YYYYMMDD-hash</c>) tells one release of a day from another.
    /// </summary>
    internal static string ContentHash(string zipPath)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(zipPath);
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var entry in zip.Entries.Where(e => e.FullName != OffensiveModel.InfoEntry).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(entry.FullName + "\n"));
            using var stream = entry.Open();
            var buffer = new byte[81920];
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                sha.AppendData(buffer, 0, n);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..8];
    }

    /// <summary>
    /// Official prose (one paragraph per line), read once: its sentences with at least 8 letters/digits (at most
    /// <paramref name="sentenceLimit"/>) and its short clauses — each sentence cut after ，；：,;: into clauses of 4–12
    /// letters/digits (at most <paramref name="clauseLimit"/>) — each list evenly spaced through the file. The detector
    /// scores a short line (a heading, a list item, a table cell) on its own, and the sentences alone never showed the
    /// model one.
    /// </summary>
    private static (List<LabeledRow> Sentences, List<LabeledRow> Clauses) OfficialRows(string path, int sentenceLimit, int clauseLimit)
    {
        var sentences = new List<LabeledRow>();
        var clauses = new List<LabeledRow>();
        foreach (var line in File.ReadLines(Path.GetFullPath(path)))
        {
            foreach (var s in Segmentation.SentenceSplitter.Split(line))
            {
                var sentence = line.AsSpan(s.Start, s.Length);
                if (Letters(sentence) >= 8)
                {
                    sentences.Add(new LabeledRow(false, sentence.ToString(), null));
                }

                var start = 0;
                for (var i = 0; i < sentence.Length; i++)
                {
                    if (i == sentence.Length - 1 || sentence[i] is '，' or '；' or '：' or ',' or ';' or ':')
                    {
                        var clause = sentence[start..(i + 1)].Trim();
                        if (Letters(clause) is >= 4 and <= 12)
                        {
                            clauses.Add(new LabeledRow(false, clause.ToString(), null));
                        }

                        start = i + 1;
                    }
                }
            }
        }

        return (EvenlySpaced(sentences, sentenceLimit), EvenlySpaced(clauses, clauseLimit));
    }

    private static int Letters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return n;
    }

    /// <summary>At most <paramref name="limit"/> rows of <paramref name="all"/>, evenly spaced (all of them when there are no more; none for a limit ≤ 0).</summary>
    private static List<LabeledRow> EvenlySpaced(List<LabeledRow> all, int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        if (all.Count <= limit)
        {
            return all;
        }

        var step = (double)all.Count / limit;
        return [.. Enumerable.Range(0, limit).Select(i => all[(int)(i * step)])];
    }

    private static IEnumerable<LabeledRow> SafeSentences(LabeledRow row)
    {
        var sentences = Segmentation.SentenceSplitter.Split(row.Text);
        if (sentences.Count < 2)
        {
            yield break;
        }

        foreach (var s in sentences)
        {
            var text = row.Text.Substring(s.Start, s.Length);
            if (text.Count(char.IsLetterOrDigit) >= 4)
            {
                yield return row with { Text = text, FineLabel = null };
            }
        }
    }

    private static List<TrainingRow> TrainingRows(List<LabeledRow> rows, Normalization.Normalizer normalizer, bool stripNoise)
    {
        var inputs = ClassifierData.Featurize(rows, normalizer, stripNoise);
        return [.. inputs.Select((x, i) => new TrainingRow { Text = x.Text, Words = x.Words, Label = rows[i].Offensive })];
    }

    private static void Report(TextWriter stdout, string label, ClassifierMetrics m)
    {
        stdout.WriteLine(Inv($"  {label,-18} rows {m.Rows,5}  acc {m.Accuracy:0.0000}  macroF1 {m.MacroF1:0.0000}  P {m.Precision:0.0000}  R {m.Recall:0.0000}  FPR {m.FalsePositiveRate:0.0000}"));
        foreach (var (fine, fm) in m.ByFineLabel ?? new Dictionary<string, FineLabelMetrics>())
        {
            stdout.WriteLine(Inv($"      {fine,-18} rows {fm.Rows,5}  flagged {fm.FlaggedRate:0.0000}"));
        }
    }

    /// <summary>
    /// The threshold with the best COLD dev accuracy (the issue's primary metric; ties: the better COLD dev macro-F1, then
    /// the lower threshold) among those keeping the gov_statutes dev false-positive rate at most <paramref name="maxFpr"/>.
    /// </summary>
    private static (double Threshold, double Accuracy, double MacroF1) TuneThreshold(List<LabeledRow> rows, float[] p, int[] cold, int[] gov, double maxFpr)
    {
        var coldRows = cold.Select(i => rows[i]).ToList();
        var coldP = cold.Select(i => p[i]).ToArray();
        var govRows = gov.Select(i => rows[i]).ToList();
        var govP = gov.Select(i => p[i]).ToArray();
        (double T, double Accuracy, double F1) best = (0.5, -1, -1);
        for (var step = 10; step < 200; step++)
        {
            var t = step * 0.005;
            if (ClassifierData.Measure(govRows, govP, t).FalsePositiveRate > maxFpr)
            {
                continue;
            }

            var m = ClassifierData.Measure(coldRows, coldP, t);
            if (m.Accuracy > best.Accuracy || (m.Accuracy == best.Accuracy && m.MacroF1 > best.F1))
            {
                best = (t, m.Accuracy, m.MacroF1);
            }
        }

        return best.Accuracy < 0 ? (0.995, 0, 0) : best;
    }

    /// <summary>The lowest threshold at or above <paramref name="threshold"/> whose findings on dev reach <paramref name="precision"/>.</summary>
    private static double TuneCritical(List<LabeledRow> rows, float[] p, double threshold, double precision)
    {
        for (var t = Math.Round(threshold, 3); t < 0.999; t += 0.005)
        {
            var m = ClassifierData.Measure(rows, p, t);
            if (m.Precision >= precision && p.Count(x => x >= t) >= 50)
            {
                return t;
            }
        }

        return 0.999;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private sealed class TrainingRow
    {
        public string Text { get; set; } = string.Empty;

        public string Words { get; set; } = string.Empty;

        public bool Label { get; set; }
    }
}
