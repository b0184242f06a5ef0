using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>
/// Reads JSON strings as sent: a <c>\u</c> escape of a lone surrogate (what <c>JSON.stringify</c> and Python's
/// <c>json.dumps</c> write for an emoji cut in half) is kept instead of failing, so offsets stay UTF-16 indices into the
/// caller's string. A string that is not UTF-8 throws <see cref="DecoderFallbackException"/>.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException) when (reader.TokenType == JsonTokenType.String)
        {
            // A lone surrogate escape or bytes that are not UTF-8: decode the raw value ourselves.
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return Unescape(raw);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Unescapes a JSON string value the reader has already validated, keeping lone surrogates.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        while (true)
        {
            var backslash = raw.IndexOf((byte)'\\');
            text.Append(StrictUtf8.GetString(backslash < 0 ? raw : raw[..backslash]));
            if (backslash < 0)
            {
                return text.ToString();
            }

            var escape = raw[backslash + 1];
            raw = raw[(backslash + 2)..];
            if (escape == (byte)'u')
            {
                if (!Utf8Parser.TryParse(raw[..4], out ushort unit, out _, 'X'))
                {
                    throw new JsonException("Invalid \\u escape.");
                }

                text.Append((char)unit);
                raw = raw[4..];
                continue;
            }

            text.Append(escape switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)escape, // " \ /
            });
        }
    }
}
