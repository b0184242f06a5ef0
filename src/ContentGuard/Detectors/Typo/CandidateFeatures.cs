namespace ContentGuard.Detectors.Typo;

/// <summary>
/// What the typo scorer knows about one candidate correction (a window <c>[start, start + length)</c> whose typed
/// character at one position is replaced by a confusion candidate): the inputs of <see cref="LearnedScorer"/>.
/// </summary>
/// <param name="Gain">ln P of the ±3-char context window, corrected minus typed (unigram words + bigram transitions).</param>
/// <param name="Local">ln P of the corrected word alone minus that of the typed span alone.</param>
/// <param name="LogWordFreq">ln of the corrected word's count in jieba's dictionary.</param>
/// <param name="LogTypedFreq">ln(1 + count) of the typed span as a dictionary word (0 when it is no word).</param>
/// <param name="SoundAlike">1 when the candidate shares the typed character's reading.</param>
/// <param name="ShapeOnly">1 when the candidate only looks alike.</param>
/// <param name="ThreeChars">1 when the corrected word has three characters (else two).</param>
/// <param name="LogAttested">ln(1 + count) in official prose of the typed character's pairs inside the window.</param>
/// <param name="Rarity">ln(1 + mass) of the candidate minus that of the typed character (how much more common it is).</param>
internal readonly record struct CandidateFeatures(
    double Gain,
    double Local,
    double LogWordFreq,
    double LogTypedFreq,
    double SoundAlike,
    double ShapeOnly,
    double ThreeChars,
    double LogAttested,
    double Rarity)
{
    /// <summary>The feature names, in the order of <see cref="CopyTo"/>.</summary>
    public static readonly string[] Names =
        [nameof(Gain), nameof(Local), nameof(LogWordFreq), nameof(LogTypedFreq), nameof(SoundAlike), nameof(ShapeOnly), nameof(ThreeChars), nameof(LogAttested), nameof(Rarity)];

    /// <summary>The number of features.</summary>
    public static int Count => Names.Length;

    /// <summary>Writes the features in <see cref="Names"/> order.</summary>
    public void CopyTo(Span<double> into)
    {
        into[0] = Gain;
        into[1] = Local;
        into[2] = LogWordFreq;
        into[3] = LogTypedFreq;
        into[4] = SoundAlike;
        into[5] = ShapeOnly;
        into[6] = ThreeChars;
        into[7] = LogAttested;
        into[8] = Rarity;
    }
}
