using System.Text;
using ContentGuard.Data;
using ContentGuard.Detection;
using ContentGuard.Normalization;
using ContentGuard.Pipeline;
using ContentGuard.Segmentation;

namespace ContentGuard;

/// <summary>
/// Builds a <see cref="ContentChecker"/>. <c>new ContentCheckerBuilder().UseDefaults().Build()</c> works with nothing on
/// disk: the lexicons, knowledge tables and model ship inside the package. A builder may be built again (e.g. after a
/// lexicon file changed): each <see cref="Build"/> reads the lexicon files anew and returns a new, independent checker.
/// </summary>
public sealed class ContentCheckerBuilder
{
    private readonly List<Func<EngineSetup, IDetector>> _factories = [];
    private readonly List<Func<TsvTable>> _lexicons = [];
    private string _noise = Normalizer.DefaultNoise;
    private TimeProvider _time = TimeProvider.System;
    private string? _modelPath;

    /// <summary>Adds every built-in detector with the embedded data.</summary>
    public ContentCheckerBuilder UseDefaults()
    {
        _factories.AddRange(DefaultDetectors.Factories);
        return this;
    }

    /// <summary>Adds a detector of your own (it must be thread-safe).</summary>
    public ContentCheckerBuilder AddDetector(IDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _factories.Add(_ => detector);
        return this;
    }

    /// <summary>
    /// Adds a lexicon file in the documented format (lexicons/FORMAT.md); read at every <see cref="Build"/>, so a
    /// <see cref="ReloadableContentChecker"/> picks up its changes. Its columns decide what it is: <c>term</c> and
    /// <c>category</c> → terms to flag (<c>*.lex.tsv</c>); <c>term</c> only → an allow-list (<c>*.allow.tsv</c>);
    /// <c>cue</c> → context cues (<c>context.tsv</c>).
    /// </summary>
    public ContentCheckerBuilder AddLexicon(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Lexicon file '{full}' does not exist.", full);
        }

        _lexicons.Add(() =>
        {
            using var reader = new StreamReader(full, Encoding.UTF8);
            return TsvTable.Parse(reader, Path.GetFileName(full));
        });
        return this;
    }

    /// <summary>Adds a lexicon (terms, allow-list or context cues, as <see cref="AddLexicon(string)"/>) from a stream; the stream is read now.</summary>
    /// <param name="stream">UTF-8 text.</param>
    /// <param name="name">A name for messages and versions, e.g. <c>my-terms.lex.tsv</c>.</param>
    public ContentCheckerBuilder AddLexicon(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        var table = TsvTable.Parse(reader, name);
        _lexicons.Add(() => table);
        return this;
    }

    /// <summary>Sets the noise characters matchers may skip between the characters of a term (default <c>*</c>, space, <c>.</c>, <c>-</c>, <c>_</c>, <c>|</c>, <c>·</c>, emoji…).</summary>
    public ContentCheckerBuilder UseNoiseCharacters(string characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        _noise = characters;
        return this;
    }

    /// <summary>Loads the classifier model from a file instead of the embedded one.</summary>
    public ContentCheckerBuilder UseModel(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _modelPath = Path.GetFullPath(path);
        return this;
    }

    /// <summary>The clock that gives the default document date (for tests).</summary>
    public ContentCheckerBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        return this;
    }

    /// <summary>Builds the immutable, thread-safe checker.</summary>
    public ContentChecker Build()
    {
        var setup = new EngineSetup
        {
            Normalizer = new Normalizer(CharData.TraditionalToSimplified, _noise),
            Segmenter = Segmenter.Shared,
            UserLexicons = [.. _lexicons.Select(l => l())],
            ModelPath = _modelPath,
        };
        var detectors = _factories.Select(f => f(setup)).ToList();
        var duplicate = detectors.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two detectors are named '{duplicate.Key}'.");
        }

        return new ContentChecker(detectors, setup.Normalizer, setup.Segmenter, _time);
    }
}
