using System.Text;

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

    [Fact]
    public void Extra_blank_line_at_the_end_is_kept_not_lost()
    {
        // Nothing is dropped silently: the capture rule puts the extra line break into the last value,
        // so the text still reads back byte for byte.
        string text = Stories.YonhapWithPhoto + "\n";

        YonhapStory story = YonhapStory.Parse(text);

        Assert.EndsWith("(Yonhap)\n", story.PhotoCaption);
        Assert.Equal(text, story.Format());
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
}
