using System.Globalization;
using System.Text;

namespace WireStories;

/// <summary>Prints parsed stories as labelled fields, and how Format() compares with the input.</summary>
internal static class StoryReport
{
    /// <summary>Long values are cut here so a report stays one screen line per field.</summary>
    private const int MaxShown = 70;

    public static void Print(YonhapStory story)
    {
        Field("Date", story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field("Attention", story.Attention);
        Print(story.Dateline);
        Field("Lead", story.Lead);
        List("Body", story.Body);
        Field("PhotoCaption", story.PhotoCaption);
    }

    /// <summary>The nested record: its own fields, indented under "Dateline".</summary>
    public static void Print(Dateline dateline)
    {
        Console.WriteLine("  Dateline");
        Field("  City", dateline.City);
        Field("  Date", dateline.Date);
        Field("  Agency", dateline.Agency);
    }

    public static void Print(ApStory story)
    {
        Field("Headline", story.Headline);
        Field("Byline", story.Byline);
        Field("Dateline", story.Dateline);
        Field("Lead", story.Lead);
        List("Body", story.Body);
        Field("Contributors", story.Contributors);
    }

    public static void Print(FeedStory story)
    {
        Field("Slug", story.Slug);
        Field("Headline", story.Headline);
        Field("City", story.City);
        Field("Date", story.Date);
        Field("Lead", story.Lead);
        List("Body", story.Body);
        Field("Credits", story.Credits);
    }

    /// <summary>
    /// Compares Format() with the input. Format writes "\n" line ends, so a CRLF file cannot come back
    /// byte for byte; that case is named rather than reported as a bare offset. Then checks that the
    /// canonical text reads back as the same record.
    /// </summary>
    public static void PrintRoundTrip(byte[] input, string canonical, Func<string, bool> readsBackEqual)
    {
        byte[] output = Encoding.UTF8.GetBytes(canonical);
        int difference = FirstDifference(input, output);
        if (difference < 0)
        {
            Console.WriteLine("  round-trip: byte-for-byte identical");
        }
        else if (Encoding.UTF8.GetString(input).Replace("\r\n", "\n", StringComparison.Ordinal) == canonical)
        {
            Console.WriteLine("  round-trip: differs only in line endings (CRLF in, LF out)");
        }
        else if (Encoding.UTF8.GetString(input).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') == canonical.TrimEnd('\n'))
        {
            // Blank lines at the very end are padding, not content: Format writes the one final line break.
            Console.WriteLine("  round-trip: identical up to the padding at the end (blank lines there are not content; Format writes one final line break)");
        }
        else
        {
            Console.WriteLine($"  round-trip: differs at byte {difference} (canonical form: {Excerpt(output, difference)})");
            Console.WriteLine($"    input there: {Excerpt(input, difference)}");
        }

        Console.WriteLine($"  Parse(Format()) == story: {(readsBackEqual(canonical) ? "yes" : "NO")}");
    }

    private static void Field(string name, string? value) =>
        Console.WriteLine($"  {name,-14} {(value is null ? "(none)" : Shorten(value))}");

    private static void List(string name, IReadOnlyList<string> items)
    {
        Console.WriteLine($"  {name,-14} {items.Count} item{(items.Count == 1 ? "" : "s")}");
        for (int i = 0; i < items.Count; i++)
        {
            Console.WriteLine($"    [{i}] {Shorten(items[i])}");
        }
    }

    /// <summary>
    /// One screen line: a value that spans lines (a hard-wrapped paragraph) shows its breaks as ⏎, and
    /// anything past <see cref="MaxShown"/> characters is cut with an ellipsis.
    /// </summary>
    private static string Shorten(string value)
    {
        string oneLine = value.Replace("\n", "⏎", StringComparison.Ordinal);
        return oneLine.Length <= MaxShown ? oneLine : oneLine[..(MaxShown - 1)] + "…";
    }

    /// <summary>The 0-based offset of the first differing byte, or -1 when the arrays are equal.</summary>
    private static int FirstDifference(byte[] a, byte[] b)
    {
        int common = a.AsSpan().CommonPrefixLength(b);
        return common == a.Length && common == b.Length ? -1 : common;
    }

    /// <summary>
    /// About 60 bytes around <paramref name="at"/>, quoted, with line ends made visible. The window is widened
    /// to whole UTF-8 characters so an em dash or an accented letter is never cut in half.
    /// </summary>
    private static string Excerpt(byte[] utf8, int at)
    {
        int start = Math.Max(0, at - 30);
        int end = Math.Min(utf8.Length, at + 30);
        while (start > 0 && IsContinuationByte(utf8[start]))
        {
            start--;
        }

        while (end < utf8.Length && IsContinuationByte(utf8[end]))
        {
            end++;
        }

        string text = Encoding.UTF8.GetString(utf8, start, end - start)
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
        return (start > 0 ? "\"…" : "\"") + text + (end < utf8.Length ? "…\"" : "\"");
    }

    private static bool IsContinuationByte(byte b) => (b & 0xC0) == 0x80;
}
