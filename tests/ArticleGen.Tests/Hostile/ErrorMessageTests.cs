using System.Text;
using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// Error messages for malformed input: "Line L, column C: ...", then the offending line with a caret under the
/// column. Control characters in the line are shown escaped, and the caret still stands under the right character.
/// </summary>
public class ErrorMessageTests
{
    [Fact]
    public void Tab_before_the_column_is_shown_escaped_and_the_caret_moves_with_it()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Dateline.Parse("SEOUL\tCITY Oct. 18 (Yonhap)"));

        Assert.Equal((1, 28), (error.Line, error.Column));
        Assert.Equal(
            "Line 1, column 28: expected \", \" after City in Dateline, but the text ended\n" +
            " 1 | SEOUL\\tCITY Oct. 18 (Yonhap)\n" +
            "   | " + new string(' ', 28) + "^",
            error.Message);
        Assert.Equal("SEOUL\tCITY Oct. 18 (Yonhap)", error.LineText);
    }

    [Fact]
    public void Nul_before_the_column_is_shown_as_u0000_and_the_caret_moves_six_places()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Dateline.Parse("SE\0OUL, Oct. 18 (Yonhap) extra"));

        // The error stands where the left-over " extra" starts, after the closing ")".
        Assert.Equal((1, 25), (error.Line, error.Column));
        string[] lines = error.Message.Split('\n');
        Assert.Equal(" 1 | SE\\u0000OUL, Oct. 18 (Yonhap) extra", lines[1]);
        Assert.Equal("   | " + new string(' ', 29) + "^", lines[2]);
        Assert.Null(HostileText.CaretProblem(error));
    }

    [Fact]
    public void Control_characters_in_a_story_line_are_escaped_and_the_caret_lines_up()
    {
        // Line 3 lacks " -- "; it holds a tab, a NUL, a lone CR, DEL, NEL (U+0085) and ESC before the error column.
        string dateline = "BUSAN\t\0\r\u007F\u0085\u001B, March 5 (Yonhap)";
        string text = Stories.YonhapPlain.Replace(
            "SEJONG, Nov. 2 (Yonhap) -- Rice prices fell for a third straight month in October as a record harvest filled warehouses, government data showed Saturday.",
            dateline,
            StringComparison.Ordinal);

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        Assert.Equal((3, dateline.Length + 1), (error.Line, error.Column));
        Assert.Equal(dateline, error.LineText);
        string shown = "BUSAN\\t\\u0000\\r\\u007F\\u0085\\u001B, March 5 (Yonhap)";
        Assert.Equal(
            "Line 3, column 30: expected \" -- \" after Dateline in YonhapStory\n" +
            " 3 | " + shown + "\n" +
            "   | " + new string(' ', shown.Length) + "^",
            error.Message);
    }

    [Fact]
    public void Control_characters_after_the_column_do_not_move_the_caret()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Byline.Parse("Byline Kim\t\0 / Desk"));

        Assert.Equal((1, 1), (error.Line, error.Column));
        string[] lines = error.Message.Split('\n');
        Assert.Equal(" 1 | Byline Kim\\t\\u0000 / Desk", lines[1]);
        Assert.Equal("   | ^", lines[2]);
    }

    [Fact]
    public void Caret_lines_up_in_a_long_line_cut_around_the_column_with_control_characters_on_both_sides()
    {
        string city = string.Concat(Enumerable.Repeat("SEOUL\t", 40)) + "\0";
        string text = " date 2024-03-05\n\n" + city + " Oct. 18 (Yonhap)\t\t" + new string('x', 300) + " -- Lead\t\0" + new string('y', 300) + "\n\nBody.\n";

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        // The nested Dateline finds no ", " in its text: the error is at the end of that text, in the whole story.
        Assert.Equal("Dateline", error.LayoutType);
        Assert.Equal(3, error.Line);
        Assert.Equal(city.Length + " Oct. 18 (Yonhap)\t\t".Length + 300 + 1, error.Column);
        string[] lines = error.Message.Split('\n');
        Assert.StartsWith(" 3 | ...", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("...", lines[1], StringComparison.Ordinal);
        Assert.Null(HostileText.CaretProblem(error));
    }

    [Fact]
    public void Crlf_input_shows_the_line_without_its_carriage_return()
    {
        string text = Stories.Feed.Replace(" (Reuters) - ", " (Reuters) ", StringComparison.Ordinal);

        var error = Assert.Throws<ArticleFormatException>(() => FeedStory.Parse(text));

        Assert.Equal(3, error.Line);
        Assert.DoesNotContain("\r", error.LineText, StringComparison.Ordinal);
        Assert.DoesNotContain("\\r", error.Message, StringComparison.Ordinal);
        Assert.Null(HostileText.CaretProblem(error));
    }

    [Fact]
    public void Lone_carriage_return_in_the_line_is_shown_as_backslash_r()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Quote.Parse("Kim\rLee said nothing"));

        Assert.Equal((1, 21), (error.Line, error.Column));
        Assert.Contains("\n 1 | Kim\\rLee said nothing\n", error.Message, StringComparison.Ordinal);
        Assert.Null(HostileText.CaretProblem(error));
    }

    [Fact]
    public void A_value_that_does_not_convert_is_quoted_with_its_control_characters_escaped()
    {
        string text = Stories.YonhapPlain.Replace("2024-11-02", "2024-1\t-02", StringComparison.Ordinal);

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text));

        Assert.Equal((1, 7), (error.Line, error.Column));
        Assert.Contains("found \"2024-1\\t-02\"", error.Message, StringComparison.Ordinal);
        Assert.Null(HostileText.CaretProblem(error));
    }

    [Fact]
    public void Invalid_utf8_error_shows_the_decoded_line_up_to_the_bad_byte_with_a_caret()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(" date 2024-03-05\n\nSEOUL\t서울, Oct."), 0xC0, 0x80, .. " 18 (Yonhap) -- Lead.\n"u8];

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(bytes));

        Assert.Equal("valid UTF-8", error.Expected);
        Assert.Equal((3, 15), (error.Line, error.Column));
        Assert.StartsWith("Line 3, column 15: invalid UTF-8 at byte offset 36 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte 0xC0 at byte offset 36 ", error.Message, StringComparison.Ordinal);
        Assert.Null(HostileText.CaretProblem(error));
    }

    public static TheoryData<string> MalformedStories => new()
    {
        Stories.YonhapPlain.Replace(" -- ", " - ", StringComparison.Ordinal),
        Stories.YonhapPlain.Replace("\n\nSEJONG", "\nSEJONG", StringComparison.Ordinal),
        Stories.YonhapPlain.Replace("2024-11-02", "2024-11-31", StringComparison.Ordinal),
        Stories.YonhapWithPhoto.Replace("(ATTN: ADDS photo (file) in para 3)", "(ATTN: ADDS\tphoto (file) in para 3", StringComparison.Ordinal),
        Stories.Ap.Replace("(END)", "(END", StringComparison.Ordinal),
        Stories.Ap.Replace("By MARTA", "\0By MARTA", StringComparison.Ordinal),
        Stories.Feed.Replace(" (Reporting by", "(Reporting by", StringComparison.Ordinal),
        Stories.Feed[..^3],
        "\uFEFF\uFEFF date 2024-03-05\n\nSEOUL, Oct. 18 (Yonhap) -- Lead.\n",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(MalformedStories))]
    public void Every_story_layout_points_at_a_line_of_the_input_with_an_aligned_caret(string text)
    {
        ArticleFormatException[] errors =
        [
            Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text)),
            Assert.Throws<ArticleFormatException>(() => ApStory.Parse(text)),
            Assert.Throws<ArticleFormatException>(() => FeedStory.Parse(text)),
            Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(Encoding.UTF8.GetBytes(text))),
        ];

        foreach (ArticleFormatException error in errors)
        {
            Assert.StartsWith($"Line {error.Line}, column {error.Column}: expected ", error.Message, StringComparison.Ordinal);
            Assert.Equal(HostileText.LineAt(HostileText.NormalizeInput(text), error.Line), error.LineText);
            Assert.Null(HostileText.CaretProblem(error));
        }
    }
}
