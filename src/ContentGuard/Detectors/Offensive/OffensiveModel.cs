using System.IO.Compression;
using System.Text.Json;
using ContentGuard.Data;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace ContentGuard.Detectors.Offensive;

/// <summary>
/// The offensive-language classifier: an ML.NET model (a zip made by <c>contentguard train classifier</c>) plus its
/// thresholds. Immutable and thread-safe: <see cref="PredictionEngine{TSrc, TDst}"/> is not, so scoring borrows one
/// from a pool. The embedded model loads once per process (<see cref="Embedded"/>).
/// </summary>
internal sealed class OffensiveModel
{
    /// <summary>The embedded resource name of the shipped model.</summary>
    public const string ResourceName = "models/offensive.zip";

    /// <summary>The zip entry that holds <see cref="OffensiveModelInfo"/> as JSON (ML.NET ignores it).</summary>
    public const string InfoEntry = "ContentGuard/offensive.json";

    private static readonly Lazy<OffensiveModel> LazyEmbedded = new(() =>
    {
        using var stream = EmbeddedData.Open(ResourceName);
        return Load(stream, ResourceName);
    });

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly ObjectPool<PredictionEngine<OffensiveInput, OffensivePrediction>> _engines;

    private OffensiveModel(MLContext ml, ITransformer transformer, OffensiveModelInfo info, string source)
    {
        Ml = ml;
        Transformer = transformer;
        Info = info;
        Source = source;
        _engines = new DefaultObjectPool<PredictionEngine<OffensiveInput, OffensivePrediction>>(
            new EnginePolicy(ml, transformer), Math.Max(4, Environment.ProcessorCount * 2));
    }

    /// <summary>The model shipped inside the assembly, loaded on first use.</summary>
    public static OffensiveModel Embedded => LazyEmbedded.Value;

    /// <summary>True when the assembly carries a model.</summary>
    public static bool HasEmbedded => EmbeddedData.Exists(ResourceName);

    public MLContext Ml { get; }

    public ITransformer Transformer { get; }

    public OffensiveModelInfo Info { get; }

    /// <summary>Where the model came from (a path or the resource name).</summary>
    public string Source { get; }

    /// <summary>Wraps a freshly trained pipeline (training and evaluation).</summary>
    public static OffensiveModel FromTransformer(MLContext ml, ITransformer transformer, OffensiveModelInfo info, string source) =>
        new(ml, transformer, info, source);

    /// <summary>Loads a model zip from a file.</summary>
    public static OffensiveModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The classifier model '{path}' does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a model zip from a stream (read to the end now).</summary>
    public static OffensiveModel Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        OffensiveModelInfo info;
        buffer.Position = 0;
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
        {
            var entry = zip.GetEntry(InfoEntry)
                ?? throw new InvalidDataException($"'{source}' is not a ContentGuard classifier model: the entry '{InfoEntry}' is missing.");
            using var json = entry.Open();
            info = JsonSerializer.Deserialize<OffensiveModelInfo>(json)
                ?? throw new InvalidDataException($"'{source}': the entry '{InfoEntry}' is empty.");
        }

        buffer.Position = 0;
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(buffer, out _);
        return new OffensiveModel(ml, transformer, info, source);
    }

    /// <summary>Writes <paramref name="info"/> into a model zip saved by ML.NET.</summary>
    public static void WriteInfo(string zipPath, OffensiveModelInfo info)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        zip.GetEntry(InfoEntry)?.Delete();
        var entry = zip.CreateEntry(InfoEntry, CompressionLevel.Optimal);
        using var stream = entry.Open();
        JsonSerializer.Serialize(stream, info, Indented);
    }

    /// <summary>The same model with other thresholds (tests, experiments).</summary>
    public OffensiveModel WithInfo(OffensiveModelInfo info) => new(Ml, Transformer, info, Source);

    /// <summary>The calibrated probability that <paramref name="input"/> is offensive. Thread-safe.</summary>
    public float Score(OffensiveInput input)
    {
        var engine = _engines.Get();
        try
        {
            return engine.Predict(input).Probability;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>
    /// The score of a raw text as the detector sees it (normalize, split into sentences, jieba words of the whole text,
    /// then <see cref="OffensiveScorer"/> with this model's unit): the highest sentence score, 0 when no sentence is
    /// long enough. The text is reported (has a finding) exactly when this reaches <see cref="OffensiveModelInfo.Threshold"/>.
    /// </summary>
    public float ScoreText(string raw, Normalizer normalizer, Segmenter segmenter)
    {
        var text = normalizer.Normalize(raw);
        return OffensiveScorer.Assess(this, text, SentenceSplitter.Split(text.Text), () => segmenter.Tokenize(text.Text), segmenter, hits: null);
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer transformer) : PooledObjectPolicy<PredictionEngine<OffensiveInput, OffensivePrediction>>
    {
        private readonly Lock _lock = new();

        public override PredictionEngine<OffensiveInput, OffensivePrediction> Create()
        {
            lock (_lock)
            {
                return ml.Model.CreatePredictionEngine<OffensiveInput, OffensivePrediction>(transformer);
            }
        }

        public override bool Return(PredictionEngine<OffensiveInput, OffensivePrediction> obj) => true;
    }
}
