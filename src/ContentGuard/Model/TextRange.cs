using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units; serialized as <c>[start, end]</c>.</summary>
/// <param name="Start">The first code unit.</param>
/// <param name="End">One past the last code unit.</param>
[JsonConverter(typeof(TextRangeJsonConverter))]
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>The number of code units in the range.</summary>
    public int Length => End - Start;
}

internal sealed class TextRangeJsonConverter : JsonConverter<TextRange>
{
    public override TextRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A text range is an array [start, end].");
        }

        reader.Read();
        var start = reader.GetInt32();
        reader.Read();
        var end = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A text range is an array [start, end].");
        }

        return new TextRange(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextRange value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}
