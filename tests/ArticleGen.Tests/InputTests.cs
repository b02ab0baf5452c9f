using System.Text;
using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests;

/// <summary>What the reader accepts around the layout: line ends, byte order marks, the final line break.</summary>
public class InputTests
{
    [Fact]
    public void Crlf_input_reads_like_lf_and_values_hold_lf()
    {
        string crlf = Stories.YonhapWithPhoto.Replace("\n", "\r\n");

        YonhapStory fromCrlf = YonhapStory.Parse(Encoding.UTF8.GetBytes(crlf));

        Assert.Equal(YonhapStory.Parse(Stories.YonhapWithPhoto), fromCrlf);
        Assert.Equal(YonhapStory.Parse(crlf), fromCrlf);
        Assert.DoesNotContain(fromCrlf.Body, p => p.Contains('\r'));
    }

    [Fact]
    public void Byte_order_mark_is_skipped_in_bytes_and_in_text()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Stories.YonhapPlain)];

        Assert.Equal(YonhapStory.Parse(Stories.YonhapPlain), YonhapStory.Parse(withBom));
        Assert.Equal(YonhapStory.Parse(Stories.YonhapPlain), YonhapStory.Parse("\uFEFF" + Stories.YonhapPlain));
    }

    [Fact]
    public void Missing_final_line_break_is_accepted_and_format_adds_it()
    {
        string withoutFinalBreak = Stories.YonhapWithPhoto.TrimEnd('\n');

        YonhapStory story = YonhapStory.Parse(withoutFinalBreak);

        Assert.EndsWith("(Yonhap)", story.PhotoCaption);
        Assert.Equal(Stories.YonhapWithPhoto, story.Format());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n\r\n")]
    public void Blank_lines_at_the_very_end_are_padding_not_content(string padding)
    {
        // Blank lines after the last line are not part of any value (the seed's shape: one blank line too many),
        // and Format writes exactly one final line break.
        string text = Stories.YonhapWithPhoto + padding;

        YonhapStory story = YonhapStory.Parse(text);

        Assert.EndsWith("(Yonhap)", story.PhotoCaption);
        Assert.Equal(YonhapStory.Parse(Stories.YonhapWithPhoto), story);
        Assert.Equal(Stories.YonhapWithPhoto, story.Format());
    }

    [Fact]
    public void One_line_layout_at_the_top_level_accepts_a_final_line_break()
    {
        Assert.Equal(new Byline("Kim Soo-jin", "Economy desk"), Byline.Parse("Byline: Kim Soo-jin / Economy desk\n"));
        Assert.Equal(new Byline("Kim Soo-jin", "Economy desk"), Byline.Parse("Byline: Kim Soo-jin / Economy desk\r\n"u8));
        Assert.Equal(new Byline("Kim Soo-jin", "Economy desk"), Byline.Parse("Byline: Kim Soo-jin / Economy desk\n\n"));
        Assert.Throws<ArgumentException>(() => new Byline("Kim Soo-jin", "Economy desk\n").Format());
        Assert.Equal("Byline: Kim Soo-jin / Economy desk", new Byline("Kim Soo-jin", "Economy desk").Format());
    }

    [Fact]
    public void Value_that_would_end_in_the_padding_is_refused_by_format()
    {
        // The last paragraph cannot end with a line break: a reader would take it as padding.
        var story = YonhapStory.Parse(Stories.YonhapWithPhoto) with { PhotoCaption = "A caption.\n" };

        Assert.Throws<ArgumentException>(() => story.Format());
    }

    [Fact]
    public void Empty_last_value_is_read_from_the_padding_and_written_back()
    {
        // "Title\n\n" + an empty last paragraph: the blank line that leads to it lies in the padding.
        var value = new CrlfLayout("A title", "");

        string text = value.Format();

        Assert.Equal("TITLE: A title\n\n\n", text);
        Assert.Equal(value, CrlfLayout.Parse(text));
        Assert.Equal(value, CrlfLayout.Parse("TITLE: A title"));
        Assert.Equal(value, CrlfLayout.Parse("TITLE: A title\n\n\n\n\n"));
    }

    [Fact]
    public void Attention_note_holding_parentheses_is_read_whole()
    {
        YonhapStory story = YonhapStory.Parse(Stories.YonhapWithPhoto);

        Assert.Equal("ADDS photo (file) in para 3", story.Attention);
    }

    [Fact]
    public void Lone_carriage_return_is_ordinary_text()
    {
        string text = Stories.YonhapPlain.Replace("won, the", "won,\rthe");

        YonhapStory story = YonhapStory.Parse(text);

        Assert.Contains("won,\rthe", story.Body[0]);
        Assert.Equal(text, story.Format());
    }

    [Theory]
    [InlineData("18,452")]
    [InlineData("1,8452")]
    [InlineData(" 42")]
    [InlineData("42 ")]
    [InlineData("+ 42")]
    public void Plain_integers_accept_only_what_their_invariant_text_looks_like(string score)
    {
        // No group separators or spaces without an "N" format: "18,452" would read as 18452 and write back as "18452".
        Assert.False(Lists.TryParse("scores\n" + score + "\n\nquotes\n> A: b\n\nkeywords\nk\n", out _));
    }

    [Fact]
    public void Signed_integers_read_and_group_separators_need_an_N_format()
    {
        Assert.Equal([-42, 7], Lists.Parse("scores\n-42\n7\n\nquotes\n> A: b\n\nkeywords\nk\n").Scores);

        Slugline slug = Slugline.Parse("#0042 filed 2024-03-05 14:30 (18,452 words, score 0.5)");
        Assert.Equal(18452, slug.Words);
        Assert.Equal("#0042 filed 2024-03-05 14:30 (18,452 words, score 0.5)", slug.Format());
    }
}
