using System.Buffers;
using System.Text;
using ArticleGen.Tests.Constructs;
using ArticleGen.Tests.Hostile;
using CsCheck;

namespace ArticleGen.Tests;

/// <summary>[ArticleLayout(..., NewLine = "\r\n")]: Format, TryFormat and WriteTo write CRLF; parsing takes either.</summary>
public class NewLineTests
{
    private const string CrlfText = "BC-Rice-Prices 11-02 0412\r\nRice prices fall for a third month\r\n\r\nSEJONG, Nov. 2 -- Rice prices fell\r\nagain in October.\r\n\r\nThe ministry will buy 50,000 tons.\r\n";

    [Fact]
    public void A_crlf_feed_item_is_written_back_byte_for_byte_and_its_values_hold_lf()
    {
        CrlfFeedItem item = CrlfFeedItem.Parse(Encoding.UTF8.GetBytes(CrlfText));

        Assert.Equal(["SEJONG, Nov. 2 -- Rice prices fell\nagain in October.", "The ministry will buy 50,000 tons."], item.Body);
        Assert.Equal(CrlfText, item.Format());
        Assert.Equal(CrlfText, CrlfFeedItem.Parse(CrlfText.Replace("\r\n", "\n", StringComparison.Ordinal)).Format());
    }

    [Fact]
    public void Every_writer_writes_crlf_and_reports_a_destination_one_char_too_small()
    {
        CrlfFeedItem item = CrlfFeedItem.Parse(CrlfText);

        char[] exact = new char[CrlfText.Length];
        Assert.True(item.TryFormat(exact, out int charsWritten));
        Assert.Equal(CrlfText, new string(exact, 0, charsWritten));
        Assert.False(item.TryFormat(new char[CrlfText.Length - 1], out int none));
        Assert.Equal(0, none);

        byte[] utf8 = new byte[CrlfText.Length];
        Assert.True(item.TryFormat(utf8, out int bytesWritten));
        Assert.Equal(CrlfText, Encoding.UTF8.GetString(utf8, 0, bytesWritten));
        Assert.False(item.TryFormat(new byte[CrlfText.Length - 1], out _));

        var buffer = new ArrayBufferWriter<byte>();
        item.WriteTo(buffer);
        Assert.Equal(CrlfText, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Random_items_round_trip_with_crlf_or_are_refused()
    {
        Gen<CrlfFeedItem> items = HostileGens.Level.SelectMany(level => Gen.Select(
            HostileGens.NonEmptyText(level, 4), HostileGens.NonEmptyText(level, 8), HostileGens.List(HostileGens.NonEmptyText(level, 20)),
            (slug, headline, body) => new CrlfFeedItem(slug, headline, body)));
        int written = 0;
        items.Sample(
            item =>
            {
                string text;
                try
                {
                    text = item.Format();
                }
                catch (ArgumentException)
                {
                    return true;
                }

                written++;
                bool everyLineBreakIsCrlf = text.Replace("\r\n", string.Empty, StringComparison.Ordinal).IndexOf('\n') < 0;
                return everyLineBreakIsCrlf && CrlfFeedItem.Parse(text).Equals(item) && CrlfFeedItem.Parse(text).Format() == text;
            },
            iter: 5_000);
        Assert.True(written > 1_000, written + " of 5,000 random items were written");
    }
}
