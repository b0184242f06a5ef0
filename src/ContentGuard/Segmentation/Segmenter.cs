using ContentGuard.Detection;
using JiebaNet.Segmenter;
using Token = ContentGuard.Detection.Token;

namespace ContentGuard.Segmentation;

/// <summary>
/// A thread-safe wrapper around jieba.NET. jieba keeps one process-wide dictionary whose <c>AddWord</c> is not safe
/// against concurrent <c>Cut</c>; this wrapper adds domain words under a write lock and tokenizes under a read lock, and
/// checks at start-up that the dictionary was really found (a missing dict.txt otherwise fails silently).
/// </summary>
internal sealed class Segmenter
{
    private static readonly ReaderWriterLockSlim Lock = new(LockRecursionPolicy.NoRecursion);
    private static readonly HashSet<string> Added = new(StringComparer.Ordinal);
    private static readonly Lazy<string> ResourceDirectory = new(ConfigureJieba);
    private readonly JiebaSegmenter _jieba;

    private Segmenter(JiebaSegmenter jieba) => _jieba = jieba;

    /// <summary>The folder jieba reads its dictionary from.</summary>
    public static string DictionaryDirectory => ResourceDirectory.Value;

    /// <summary>The shared instance; jieba's dictionary loads on first use (≈0.5 s).</summary>
    public static Segmenter Shared => LazyShared.Value;

    private static readonly Lazy<Segmenter> LazyShared = new(() =>
    {
        _ = ResourceDirectory.Value;
        var jieba = new JiebaSegmenter();
        var probe = jieba.Cut("中华人民共和国", cutAll: false, hmm: false).ToList();
        if (probe.Count != 1)
        {
            throw new InvalidOperationException(
                $"jieba's dictionary was not loaded from '{ResourceDirectory.Value}' (中华人民共和国 was cut into {string.Join('/', probe)}).");
        }

        return new Segmenter(jieba);
    });

    /// <summary>Adds domain words (leader names, formulations…) once per process. Safe while other threads tokenize.</summary>
    public void AddWords(IEnumerable<string> words)
    {
        List<string>? fresh = null;
        lock (Added)
        {
            foreach (var w in words)
            {
                if (w.Length > 1 && Added.Add(w))
                {
                    (fresh ??= []).Add(w);
                }
            }
        }

        if (fresh is null)
        {
            return;
        }

        Lock.EnterWriteLock();
        try
        {
            foreach (var w in fresh)
            {
                _jieba.AddWord(w);
            }
        }
        finally
        {
            Lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The longest piece handed to jieba at once. jieba.NET builds its buffer of unknown single characters by string
    /// concatenation, which is quadratic: 99,000 characters without punctuation took 2.5 s and allocated about 10 GB.
    /// Longer texts are cut at punctuation (where jieba cuts anyway), a run without any at this length is cut hard.
    /// </summary>
    internal const int MaxPiece = 1024;

    /// <summary>Words of <paramref name="text"/> (with HMM new-word discovery), as offsets into it.</summary>
    public List<Token> Tokenize(string text)
    {
        var result = new List<Token>(text.Length / 2 + 1);
        if (text.Length == 0)
        {
            return result;
        }

        Lock.EnterReadLock();
        try
        {
            for (var start = 0; start < text.Length;)
            {
                var end = PieceEnd(text, start);
                var piece = start == 0 && end == text.Length ? text : text[start..end];
                foreach (var t in _jieba.Tokenize(piece, TokenizerMode.Default, hmm: true))
                {
                    result.Add(new Token(t.Word, t.StartIndex + start, t.EndIndex + start));
                }

                start = end;
            }
        }
        finally
        {
            Lock.ExitReadLock();
        }

        return result;
    }

    /// <summary>Where the piece starting at <paramref name="start"/> ends: the text's end, or just after the last punctuation within <see cref="MaxPiece"/>.</summary>
    internal static int PieceEnd(string text, int start)
    {
        if (text.Length - start <= MaxPiece)
        {
            return text.Length;
        }

        var limit = start + MaxPiece;
        for (var i = limit - 1; i > start + (MaxPiece / 2); i--)
        {
            if (IsBreak(text[i]))
            {
                return i + 1;
            }
        }

        // No punctuation in half a piece: cut hard, but never inside a surrogate pair.
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    /// <summary>A char jieba never puts inside a word: not CJK, not a letter or digit, not one of + # &amp; . _ % - and not white space.</summary>
    private static bool IsBreak(char c) =>
        !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && !char.IsSurrogate(c) && c is not ('+' or '#' or '&' or '.' or '_' or '%' or '-');

    /// <summary>The frequency of <paramref name="word"/> in jieba's dictionary (with the added domain words); 0 when absent.</summary>
#pragma warning disable CA1822 // an instance method on purpose: the dictionary belongs to the shared segmenter
    public int WordFrequency(string word)
    {
        Lock.EnterReadLock();
        try
        {
            return WordDictionary.Instance.ContainsWord(word) ? WordDictionary.Instance.GetFreqOrDefault(word) : 0;
        }
        finally
        {
            Lock.ExitReadLock();
        }
    }
#pragma warning restore CA1822

    /// <summary>Words of <paramref name="text"/>, as strings.</summary>
    public List<string> Cut(string text)
    {
        Lock.EnterReadLock();
        try
        {
            return [.. _jieba.Cut(text, cutAll: false, hmm: true)];
        }
        finally
        {
            Lock.ExitReadLock();
        }
    }

    private static string ConfigureJieba()
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "Resources"),
            Path.Combine(Path.GetDirectoryName(typeof(Segmenter).Assembly.Location) ?? AppContext.BaseDirectory, "Resources"),
        ];
        var env = Environment.GetEnvironmentVariable("CONTENTGUARD_JIEBA_DIR");
        var dir = env is { Length: > 0 } ? env : candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "dict.txt")));
        if (dir is null || !File.Exists(Path.Combine(dir, "dict.txt")))
        {
            throw new FileNotFoundException(
                $"jieba's dictionary (Resources/dict.txt) was not found beside the application (looked in {string.Join(", ", candidates)}). " +
                "It ships in the ContentGuard package; set CONTENTGUARD_JIEBA_DIR to a folder holding dict.txt, prob_emit.json and prob_trans.json.");
        }

        // A process-wide static, captured when jieba's WordDictionary type first loads: set it before touching jieba.
        ConfigManager.ConfigFileBaseDir = dir;
        return dir;
    }
}
