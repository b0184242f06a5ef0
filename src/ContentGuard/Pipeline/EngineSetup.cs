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
}
