using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace ArticleGen.Tests;

/// <summary>
/// One meaning for printing a record: ToString(), interpolation, IFormattable and TextWriter.Write all give the
/// article text; the debugger shows a one-line preview.
/// </summary>
public class PrintingTests
{
    private static readonly Dateline Place = new("SEOUL", "Oct. 18", "Yonhap");

    private static readonly ApStory Story = new(
        "Harbor cranes idle as dockworkers vote",
        "LENA FISCHER",
        "HAMBURG, Germany",
        "Dockworkers began a two-day vote on Monday.",
        new[] { "Union leaders said turnout was high." },
        null);

    private const string StoryText =
        "Harbor cranes idle as dockworkers vote\nBy LENA FISCHER\n\nHAMBURG, Germany (AP) — Dockworkers began a two-day vote on Monday.\n\nUnion leaders said turnout was high.\n\n(END)\n";

    [Fact]
    public void ToString_is_the_article_text()
    {
        Assert.Equal(StoryText, Story.Format());
        Assert.Equal(StoryText, Story.ToString());
        Assert.Equal("SEOUL, Oct. 18 (Yonhap)", Place.ToString());
    }

    [Fact]
    public void Interpolation_IFormattable_and_TextWriter_print_the_same_text()
    {
        Assert.Equal("[SEOUL, Oct. 18 (Yonhap)]", $"[{Place}]");
        Assert.Equal(StoryText, ((IFormattable)Story).ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal(StoryText, string.Format(CultureInfo.InvariantCulture, "{0}", Story));

        var writer = new StringWriter();
        writer.Write(Story);
        writer.Write((object)Place);
        Assert.Equal(StoryText + "SEOUL, Oct. 18 (Yonhap)", writer.ToString());
    }

    [Fact]
    public void ToString_never_throws_a_value_Format_refuses_prints_as_a_record()
    {
        var broken = Place with { City = "SEOUL\nBUSAN" };
        Assert.Throws<ArgumentException>(() => broken.Format());
        Assert.Equal("Dateline { City = SEOUL\nBUSAN, Date = Oct. 18, Agency = Yonhap }", broken.ToString());
        Assert.Equal("Dateline { City = SEOUL\nBUSAN, Date = Oct. 18, Agency = Yonhap }", string.Concat("", broken));

        // Interpolation formats through ISpanFormattable.TryFormat, which refuses as Format does.
        Assert.Throws<ArgumentException>(() => $"{broken}");
    }

    [Fact]
    public void Debugger_shows_the_type_and_the_first_line()
    {
        var display = typeof(ApStory).GetCustomAttribute<DebuggerDisplayAttribute>();
        Assert.Equal("{__DebuggerDisplay,nq}", display?.Value);

        Assert.Equal($"ApStory: Harbor cranes idle as dockworkers vote ({StoryText.Length} chars)", DebuggerText(Story));
        Assert.Equal("Dateline: SEOUL, Oct. 18 (Yonhap)", DebuggerText(Place));

        var longHeadline = Story with { Headline = new string('x', 100) };
        Assert.Equal("ApStory: " + new string('x', 60) + "... (" + longHeadline.Format().Length + " chars)", DebuggerText(longHeadline));

        string broken = DebuggerText(Place with { City = "SEOUL\nBUSAN" });
        Assert.StartsWith("Dateline (cannot be formatted: ", broken, StringComparison.Ordinal);
    }

    private static string DebuggerText(object record)
    {
        PropertyInfo property = record.GetType().GetProperty("__DebuggerDisplay", BindingFlags.Instance | BindingFlags.NonPublic)!;
        return (string)property.GetValue(record)!;
    }
}
