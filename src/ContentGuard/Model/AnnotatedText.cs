using System.Text;
using ContentGuard.Text;

namespace ContentGuard;

/// <summary>
/// The input of a check: the caller's string and the text to check inside it, with a map from every checked char back
/// to the caller's string. Make one from plain text, from HTML, or from LanguageTool-style parts (text and markup with an
/// optional <c>interpretAs</c>).
/// </summary>
public sealed class AnnotatedText
{
    private AnnotatedText(SourceMap map) => Map = map;

    /// <summary>The caller's string: what finding offsets index into.</summary>
    public string Source => Map.Source;

    /// <summary>The text that is checked.</summary>
    public string Text => Map.Plain;

    internal SourceMap Map { get; }

    /// <summary>Plain text: checked as it is.</summary>
    public static AnnotatedText FromPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AnnotatedText(SourceMap.Identity(text));
    }

    /// <summary>HTML source: only the visible text is checked; offsets point into the HTML.</summary>
    public static AnnotatedText FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new AnnotatedText(HtmlTextExtractor.Extract(html));
    }

    /// <summary>
    /// A Word (.docx) document: headers, body paragraphs and tables, text boxes, notes and footers, one paragraph per
    /// line. <see cref="Source"/> is that text (offsets index into it, not into the zip file).
    /// </summary>
    /// <exception cref="InvalidDataException">The stream is not a readable .docx file.</exception>
    public static AnnotatedText FromDocx(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        string text;
        try
        {
            text = DocxTextExtractor.Extract(docx);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new InvalidDataException($"Not a readable Word (.docx) document: {e.Message}", e);
        }

        return FromPlainText(text);
    }

    /// <summary>Reads <paramref name="source"/> in the given format.</summary>
    public static AnnotatedText From(string source, TextFormat format) =>
        format == TextFormat.Html ? FromHtml(source) : FromPlainText(source);

    /// <summary>
    /// LanguageTool's annotated text: text parts are checked; markup parts are skipped, or checked as their
    /// <c>interpretAs</c> (which maps to the whole markup). The caller's string is the concatenation of all parts.
    /// </summary>
    public static AnnotatedText FromParts(IEnumerable<AnnotatedTextPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var source = new StringBuilder();
        var plain = new StringBuilder();
        var start = new List<int>();
        var end = new List<int>();
        foreach (var part in parts)
        {
            var at = source.Length;
            if (part.Markup is { } markup)
            {
                source.Append(markup);
                foreach (var c in part.InterpretAs ?? string.Empty)
                {
                    plain.Append(c);
                    start.Add(at);
                    end.Add(at + markup.Length);
                }
            }
            else
            {
                var text = part.Text ?? string.Empty;
                source.Append(text);
                plain.Append(text);
                for (var i = 0; i < text.Length; i++)
                {
                    start.Add(at + i);
                    end.Add(at + i + 1);
                }
            }
        }

        return new AnnotatedText(SourceMap.Create(source.ToString(), plain.ToString(), [.. start], [.. end]));
    }
}

/// <summary>One part of a LanguageTool-style annotated text: either <see cref="Text"/> or <see cref="Markup"/>.</summary>
/// <param name="Text">Text to check.</param>
/// <param name="Markup">Markup that is not checked.</param>
/// <param name="InterpretAs">What the markup reads as (e.g. "\n" for &lt;p&gt;), checked in its place.</param>
public sealed record AnnotatedTextPart(string? Text = null, string? Markup = null, string? InterpretAs = null);
