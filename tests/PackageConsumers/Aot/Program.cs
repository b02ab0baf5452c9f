using System.Buffers;
using System.Text;
using ArticleGen;

// Runs as a NativeAOT binary: parses a story from UTF-8, writes it back every way the API offers, reads a
// nested layout, goes through the generic ISpanParsable/IUtf8SpanFormattable path, and reports a bad input.
const string Text =
    " filed 2025-06-14 (PRIORITY: urgent)\n" +
    "\n" +
    "NAIROBI, June 14 (Wire) -- Rain returned to the highlands after a dry spring.\n" +
    "\n" +
    "Farmers said the maize harvest could still recover.\n" +
    "\n" +
    "The weather service expects more rain next week.\n";

var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
    if (!ok)
    {
        failures.Add(what);
    }
}

byte[] utf8 = Encoding.UTF8.GetBytes(Text);
var story = AotStory.Parse(utf8);
Check(story.Filed == new DateOnly(2025, 6, 14), "typed member read (DateOnly)");
Check(story.Dateline.City == "NAIROBI" && story.Dateline.Agency == "Wire", "nested layout read");
Check(story.Body.Count == 2, "list read");
Check(story.Format() == Text, "Format round-trips the text");
Check(story.ToString() == Text && $"{story}" == Text, "ToString and interpolation print the article");
Check(AotStory.Parse(story.Format()) == story, "Parse(Format()) equals the record");

var buffer = new ArrayBufferWriter<byte>();
story.WriteTo(buffer);
Check(buffer.WrittenSpan.SequenceEqual(utf8), "WriteTo writes the same UTF-8");

Span<char> chars = stackalloc char[1024];
Check(story.TryFormat(chars, out int written) && chars[..written].SequenceEqual(Text), "TryFormat(Span<char>)");
Check(!story.TryFormat(chars[..10], out _), "TryFormat says false when the span is too small");

Check(RoundTrip<AotStory>(utf8), "generic ISpanParsable / IUtf8SpanFormattable path");
Check(AotStory.TryParse(Text.Replace(" -- ", " - "), out AotStory? none) == false && none is null, "TryParse rejects a broken story");
try
{
    AotStory.Parse(Text.Replace(" -- ", " - "));
    Check(false, "Parse throws ArticleFormatException");
}
catch (ArticleFormatException error)
{
    Check(error.Line == 3, $"Parse throws ArticleFormatException ({error.Message.Split('\n')[0]})");
}

Console.WriteLine(failures.Count == 0 ? "aot consumer: round-trip OK" : $"aot consumer: {failures.Count} check(s) FAILED");
return failures.Count == 0 ? 0 : 1;

static bool RoundTrip<T>(byte[] utf8) where T : IUtf8SpanParsable<T>, IUtf8SpanFormattable
{
    T value = T.Parse(utf8, null);
    Span<byte> output = new byte[utf8.Length + 16];
    return value.TryFormat(output, out int bytes, default, null) && output[..bytes].SequenceEqual(utf8);
}

[ArticleLayout("""
     filed {Filed:yyyy-MM-dd}[ (PRIORITY: {Priority})]

    {Dateline} -- {Lead}

    {Body...}
    """)]
public partial record AotStory(DateOnly Filed, string? Priority, AotDateline Dateline, string Lead, IReadOnlyList<string> Body);

[ArticleLayout("{City}, {Date} ({Agency})")]
public partial record AotDateline(string City, string Date, string Agency);
