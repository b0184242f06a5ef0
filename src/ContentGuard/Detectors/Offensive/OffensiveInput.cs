namespace ContentGuard.Detectors.Offensive;

/// <summary>
/// One row the offensive-language model scores: the normalized sentence and its jieba words. Segmentation happens
/// before the ML.NET pipeline (see <see cref="OffensiveFeatures"/>), so the saved model holds no custom code.
/// </summary>
internal sealed class OffensiveInput
{
    /// <summary>The normalized sentence with white space (and, for models with <see cref="OffensiveModelInfo.StripNoise"/>, noise) removed (the pipeline takes character n-grams of it).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The jieba words of the sentence, joined by single spaces (the pipeline takes word uni- and bigrams).</summary>
    public string Words { get; set; } = string.Empty;
}
