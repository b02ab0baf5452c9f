using System.Text;

namespace ArticleGen.Tests;

/// <summary>Format never writes text that would read back as something else: it throws ArgumentException instead.</summary>
public class FormatRefusalTests
{
    private static readonly YonhapStory Valid = YonhapStory.Parse(Stories.YonhapWithPhoto);

    [Fact]
    public void Line_break_inside_a_one_line_capture_is_refused()
    {
        var story = Valid with { Attention = "ADDS photo\nin para 3" };

        var error = Assert.Throws<ArgumentException>(() => story.Format());

        Assert.Equal("Attention", error.ParamName);
        Assert.StartsWith("YonhapStory.Attention cannot be written so that it reads back the same", error.Message);
    }

    [Fact]
    public void Blank_line_inside_a_paragraph_is_refused()
    {
        var story = Valid with { Body = ["First half.\n\nSecond half.", "Another paragraph."] };

        var error = Assert.Throws<ArgumentException>(() => story.Format());

        Assert.Equal("Body", error.ParamName);
    }

    [Fact]
    public void A_capture_holding_its_own_terminator_is_refused()
    {
        var story = Valid with { Dateline = new Dateline("SEOUL, Jung-gu", "Oct. 18", "Yonhap") };

        var error = Assert.Throws<ArgumentException>(() => story.Format());

        Assert.Equal("City", error.ParamName);
        Assert.Contains("Dateline.City", error.Message);
    }

    [Fact]
    public void Lead_holding_the_dateline_separator_is_fine_because_the_dateline_ends_first()
    {
        var story = Valid with { Lead = "A lead -- with the separator inside." };

        Assert.Equal(story, YonhapStory.Parse(story.Format()));
    }

    [Fact]
    public void Empty_paragraph_that_would_merge_into_the_photo_separator_is_refused()
    {
        // "a", "", "b" would be written "a\n\n\n\nb", which reads as body "a" and photo caption "b".
        var story = Valid with { Body = ["a", "", "b"] };

        Assert.Throws<ArgumentException>(() => story.Format());
    }

    [Fact]
    public void Null_required_member_is_refused()
    {
        var story = Valid with { Lead = null! };

        var error = Assert.Throws<ArgumentNullException>(() => story.Format());

        Assert.Equal("Lead", error.ParamName);
    }

    [Fact]
    public void Carriage_return_before_a_line_break_is_refused()
    {
        var story = Valid with { Lead = "Ends with a carriage return\r" };

        Assert.Throws<ArgumentException>(() => story.Format());
    }

    [Fact]
    public void Lone_surrogate_has_no_utf8_form_and_is_refused_for_utf8_output_only()
    {
        var story = Valid with { Lead = "Broken \uD800 surrogate." };

        Assert.Equal(story, YonhapStory.Parse(story.Format()));
        Assert.Throws<ArgumentException>(() => story.TryFormat(new byte[4096], out _));
        Assert.Throws<ArgumentException>(() => story.WriteTo(new System.Buffers.ArrayBufferWriter<byte>()));
    }

    [Fact]
    public void Lone_surrogate_in_a_nested_value_is_refused_by_the_utf8_writers_with_the_documented_message()
    {
        var story = Valid with { Dateline = Valid.Dateline with { City = "SEOUL \uDC00" } };

        Assert.Equal(story, YonhapStory.Parse(story.Format()));
        var fromSpan = Assert.Throws<ArgumentException>(() => story.TryFormat(new byte[4096], out _));
        var fromWriter = Assert.Throws<ArgumentException>(() => story.WriteTo(new System.Buffers.ArrayBufferWriter<byte>()));
        Assert.Contains("lone UTF-16 surrogate", fromSpan.Message);
        Assert.Equal(fromSpan.Message, fromWriter.Message);
    }

    [Fact]
    public void An_unreadable_value_is_refused_before_a_later_lone_surrogate_with_formats_own_message()
    {
        // The line break in Attention makes the text unreadable; the surrogate later in Lead has no UTF-8 form.
        // The UTF-8 writers must give the same reason Format gives, not the encoding one.
        var story = Valid with { Attention = "ADDS photo\nin para 3", Lead = "Broken \uD800 surrogate." };

        var format = Assert.Throws<ArgumentException>(() => story.Format());
        var utf8 = Assert.Throws<ArgumentException>(() => story.TryFormat(new byte[4096], out _));

        Assert.Equal("Attention", utf8.ParamName);
        Assert.Equal(format.Message, utf8.Message);
    }

    [Fact]
    public void A_lossy_value_is_quoted_as_text_in_the_utf8_refusal()
    {
        var slug = new ArticleGen.Tests.Constructs.Slugline(1, new DateTime(2024, 3, 5, 14, 30, 59), 1, 1);

        var utf8 = Assert.Throws<ArgumentException>(() => slug.TryFormat(new byte[256], out _));

        Assert.Contains("\"2024-03-05 14:30\"", utf8.Message);
        Assert.DoesNotContain("ReadOnlySpan", utf8.Message);
        Assert.Equal(Assert.Throws<ArgumentException>(() => slug.Format()).Message, utf8.Message);
    }

    [Fact]
    public void TryFormat_returns_false_only_when_the_destination_is_too_small()
    {
        string text = Valid.Format();

        Assert.False(Valid.TryFormat(new char[text.Length - 1], out int charsWritten));
        Assert.Equal(0, charsWritten);
        Assert.False(Valid.TryFormat(new byte[Encoding.UTF8.GetByteCount(text) - 1], out int bytesWritten));
        Assert.Equal(0, bytesWritten);
        Assert.True(Valid.TryFormat(new char[text.Length], out charsWritten));
        Assert.Equal(text.Length, charsWritten);
    }
}
