using System.Text;

namespace ArticleGen.Tests;

/// <summary>Malformed input: the exception says where (line, column) and what the layout expected there.</summary>
public class ErrorTests
{
    [Fact]
    public void Missing_dateline_separator_points_at_the_end_of_the_dateline()
    {
        string text = Stories.YonhapPlain.Replace(
            "SEJONG, Nov. 2 (Yonhap) -- Rice prices fell for a third straight month in October as a record harvest filled warehouses, government data showed Saturday.",
            "BUSAN, March 5 (Yonhap)");

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        Assert.Equal(3, error.Line);
        Assert.Equal(24, error.Column);
        Assert.Equal("\" -- \"", error.Expected);
        Assert.Equal("Dateline", error.Member);
        Assert.Equal("YonhapStory", error.LayoutType);
        Assert.StartsWith("Line 3, column 24: expected \" -- \" after Dateline in YonhapStory", error.Message);
        Assert.Equal("BUSAN, March 5 (Yonhap)", error.LineText);
    }

    [Fact]
    public void Message_shows_the_line_with_a_caret_under_the_column()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Dateline.Parse("SEOUL Oct. 18 (Yonhap)"));

        Assert.Equal(
            "Line 1, column 23: expected \", \" after City in Dateline, but the text ended\n" +
            " 1 | SEOUL Oct. 18 (Yonhap)\n" +
            "   |                       ^",
            error.Message);
    }

    [Fact]
    public void Long_lines_are_cut_around_the_column()
    {
        string text = Stories.YonhapPlain.Replace(" -- Rice", " - Rice");

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        string[] lines = error.Message.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(" 3 | ...", lines[1]);
        Assert.EndsWith("government data showed Saturday.", lines[1]);
        Assert.Equal('^', lines[2][^1]);
        Assert.Equal(lines[1].Length, lines[2].Length - 1);
    }

    [Fact]
    public void Invalid_date_names_the_member_format_and_text()
    {
        string text = Stories.YonhapPlain.Replace("2024-11-02", "2024-13-02");

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        Assert.Equal((1, 7), (error.Line, error.Column));
        Assert.Equal("Date", error.Member);
        Assert.Contains("expected Date as a DateOnly in the format \"yyyy-MM-dd\" in YonhapStory, found \"2024-13-02\"", error.Message);
    }

    [Fact]
    public void Missing_blank_line_after_header_is_reported_at_the_end_of_line_one()
    {
        string text = Stories.YonhapPlain.Replace("2024-11-02\n\n", "2024-11-02\n");

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        Assert.Equal((1, 17), (error.Line, error.Column));
        Assert.Equal("\" (ATTN: \" or a blank line", error.Expected);
    }

    [Fact]
    public void Error_inside_a_nested_layout_is_placed_in_the_whole_text()
    {
        string text = Stories.YonhapPlain.Replace("SEJONG, Nov. 2", "SEJONG Nov. 2");

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        Assert.Equal("Dateline", error.LayoutType);
        Assert.Equal("City", error.Member);
        Assert.Equal("\", \"", error.Expected);
        // The nested text is "SEJONG Nov. 2 (Yonhap)"; no ", " in it, so the error is at its end: column 23.
        Assert.Equal((3, 23), (error.Line, error.Column));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_byte_not_a_replacement()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Stories.YonhapPlain);
        int index = Stories.YonhapPlain.IndexOf("20-kilogram", StringComparison.Ordinal);
        bytes[index] = 0xFF;

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(bytes));

        Assert.Equal(5, error.Line);
        Assert.Equal(index - Stories.YonhapPlain.LastIndexOf('\n', index), error.Column);
        Assert.Equal("valid UTF-8", error.Expected);
        Assert.Contains("byte 0xFF at byte offset " + index, error.Message);
        Assert.False(YonhapStory.TryParse(bytes, out _));
    }

    [Fact]
    public void Missing_end_marker_is_reported_where_the_text_ends()
    {
        string text = Stories.Ap.Replace("\n\n(END)\n", "\n");

        var error = Assert.Throws<ArticleFormatException>(() => ApStory.Parse(text));

        // Contributors runs to the end of the text looking for "(END)"; the error is placed where its line ends.
        Assert.Equal("Contributors", error.Member);
        Assert.Contains("\"\\n\\n(END)\" at the end of the text", error.Message);
        Assert.Equal(text.Count(c => c == '\n'), error.Line);
        Assert.Equal("Associated Press writer Jon Haug in Oslo contributed to this report.".Length + 1, error.Column);
    }

    [Fact]
    public void Empty_input_expects_the_first_literal_at_line_one_column_one()
    {
        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(string.Empty));

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("\" date \"", error.Expected);
        Assert.Null(error.Member);
    }

    [Fact]
    public void Text_after_the_end_of_an_inline_layout_is_reported()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Dateline.Parse("SEOUL, Oct. 18 (Yonhap) extra"));

        // At the left-over text itself, not at the end of the line.
        Assert.Equal("Agency", error.Member);
        Assert.Equal((1, 24), (error.Line, error.Column));
    }

    [Fact]
    public void Text_left_over_after_the_last_literal_is_reported_where_it_starts()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Dateline.Parse("SEOUL, Oct. 18 (Yonhap)  "));

        Assert.Equal((1, 24), (error.Line, error.Column));
        Assert.StartsWith("Line 1, column 24: expected the end of the text after \")\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_closing_line_of_a_document_is_reported_at_that_text()
    {
        string text = Stories.Ap.TrimEnd('\n') + "  \n";

        var error = Assert.Throws<ArticleFormatException>(() => ApStory.Parse(text));

        int lastLine = text.TrimEnd('\n').Split('\n').Length;
        Assert.Equal((lastLine, 6), (error.Line, error.Column));
        Assert.Contains("expected the end of the text after \"\\n\\n(END)\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x20 })]
    public void Utf16_input_gets_its_own_message(byte[] utf16)
    {
        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(utf16));

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("UTF-16 byte order mark", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the text ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_says_so_and_never_that_the_text_ended()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(" date 2024"), 0xC3, 0x28];

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(bytes));

        Assert.StartsWith("Line 1, column 11: invalid UTF-8 at byte offset 10 ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the text ended", error.Message, StringComparison.Ordinal);
    }
}
