using ContentGuard.Data;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Pipeline;

/// <summary>What detector factories get when an engine is built: the shared normalizer and segmenter and the user's data.</summary>
internal sealed class EngineSetup
{
    public required Normalizer Normalizer { get; init; }

    public required Segmenter Segmenter { get; init; }

    /// <summary>Lexicon files added with <see cref="ContentCheckerBuilder.AddLexicon(string)"/>, parsed.</summary>
    public required IReadOnlyList<TsvTable> UserLexicons { get; init; }

    /// <summary>A model file given by path, or null for the embedded model.</summary>
    public string? ModelPath { get; init; }

    private readonly Dictionary<Type, object> _shared = [];

    /// <summary>
    /// Data several detectors use (e.g. the leader table), loaded once per engine build: the first call loads it, later
    /// calls for the same type get the same instance. Builds run on one thread.
    /// </summary>
    public T Shared<T>(Func<EngineSetup, T> load)
        where T : class
    {
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = load(this);
            _shared[typeof(T)] = value;
        }

        return (T)value;
    }
}
