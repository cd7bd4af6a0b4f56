using AiWatch.Core.Facts;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;
using static AiWatch.Core.Tests.Facts.FactStore;

namespace AiWatch.Core.Tests.Facts;

public sealed class DisputeBuilderTests : FactStoreTest
{
    private static readonly DateOnly March1 = new(2024, 3, 1);
    [Fact]
    public async Task A_lawsuit_opposes_its_agent_to_each_defendant_but_not_the_defendants_to_each_other()
    {
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai", "microsoft")));

        await using var db = database.Open();
        var disputes = await db.Disputes.OrderBy(d => d.Slug).ToListAsync();
        Assert.Equal(["elon-musk-vs-microsoft", "elon-musk-vs-openai"], disputes.Select(d => d.Slug));
        Assert.All(disputes, d => Assert.True(d.ActorAId < d.ActorBId));
        Assert.All(disputes, d => Assert.Equal((1, 0, new DateOnly(2024, 2, 29), new DateOnly(2024, 2, 29), Now), (d.EventCount, d.ClaimCount, d.FirstDate, d.LastDate, d.UpdatedUtc)));
    }

    [Fact]
    public async Task A_new_article_without_opposition_skips_the_dispute_rebuild_and_one_with_a_lawsuit_runs_it()
    {
        await using (var db = database.Open())
        {
            var (musk, nvidia) = (await store.ActorIdAsync("elon-musk"), await store.ActorIdAsync("nvidia"));
            // A row no fact backs: a rebuild deletes it, so it tells whether one ran.
            db.Disputes.Add(new Dispute { Slug = "rebuild-marker", ActorAId = Math.Min(musk, nvidia), ActorBId = Math.Max(musk, nvidia), UpdatedUtc = Now });
            await db.SaveChangesAsync();
        }

        await store.StoreAsync("a", March1, Result(Event("investment", "2024-02", "softbank", "openai")), replacedFacts: false);
        await using (var db = database.Open())
        {
            Assert.Equal(["rebuild-marker"], await db.Disputes.Select(d => d.Slug).ToListAsync());
        }

        await store.StoreAsync("b", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")), replacedFacts: false);
        await using var check = database.Open();
        Assert.Equal(["elon-musk-vs-openai"], await check.Disputes.Select(d => d.Slug).ToListAsync());
    }

    [Fact]
    public async Task A_person_is_not_in_dispute_with_an_organisation_they_are_affiliated_with()
    {
        await store.StoreAsync("a", March1, Result(Event("bid", "2025-02-10", "elon-musk", "openai", "xai")) with { Claims = [Claim("elon-musk", "tesla")] });

        await using var db = database.Open();
        Assert.Equal("elon-musk-vs-openai", (await db.Disputes.SingleAsync()).Slug);
    }

    [Fact]
    public async Task A_claim_about_another_actor_is_a_dispute_dated_by_its_article_and_an_investment_is_not()
    {
        await store.StoreAsync("a", March1, Claims(Claim("sam-altman", "elon-musk")) with { Events = [Event("investment", "2024-02", "softbank", "openai")] });

        await using var db = database.Open();
        var dispute = await db.Disputes.SingleAsync();
        Assert.Equal("elon-musk-vs-sam-altman", dispute.Slug);
        Assert.Equal((0, 1, March1, March1), (dispute.EventCount, dispute.ClaimCount, dispute.FirstDate, dispute.LastDate));
    }

    [Fact]
    public async Task Events_count_once_per_happening_and_dates_span_the_dispute()
    {
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        await store.StoreAsync("b", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        await store.StoreAsync("c", new DateOnly(2025, 2, 11), Result(Event("bid", "2025-02-10", "elon-musk", "openai")) with { Claims = [Claim("openai", "elon-musk")] });

        await using var db = database.Open();
        var dispute = await db.Disputes.SingleAsync();
        Assert.Equal((2, 1), (dispute.EventCount, dispute.ClaimCount));
        Assert.Equal((new DateOnly(2024, 2, 29), new DateOnly(2025, 2, 11)), (dispute.FirstDate, dispute.LastDate));
    }

    [Fact]
    public async Task A_dispute_follows_re_analysis_and_is_deleted_when_its_facts_are_gone()
    {
        var a = await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        var b = await store.StoreAsync("b", March1, Claims(Claim("elon-musk", "openai")));
        var later = Now.AddDays(1);

        var first = await store.ReplaceAsync(b, Result(), later);
        await using (var db = database.Open())
        {
            var dispute = await db.Disputes.SingleAsync();
            Assert.Equal((1, 0, later), (dispute.EventCount, dispute.ClaimCount, dispute.UpdatedUtc));
        }
        var second = await store.ReplaceAsync(a, Result(), later);

        Assert.Equal(new RowChanges(0, 1, 0), first.Disputes);
        Assert.Equal(new RowChanges(0, 0, 1), second.Disputes);
        await using var check = database.Open();
        Assert.Equal(0, await check.Disputes.CountAsync());
    }

    [Fact]
    public async Task Rebuilding_unchanged_facts_writes_nothing()
    {
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));

        await using var db = database.Open();
        Assert.Equal(RowChanges.None, await DisputeBuilder.RebuildAsync(db, Now.AddDays(3)));
        Assert.Equal(Now, (await db.Disputes.SingleAsync()).UpdatedUtc);
    }

    [Fact]
    public async Task The_timeline_shows_each_happening_once_with_its_sources_and_the_claims_of_both_sides_in_date_order()
    {
        var hedgedBid = WithAmount(Event("bid", "2025-02-10", "elon-musk", "openai"), 97_400_000_000m, "USD") with { Hedged = true };
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        await store.StoreAsync("b", March1.AddDays(1), Result(Event("lawsuit", "2024-02", "openai", "elon-musk")));
        await store.StoreAsync("c", new DateOnly(2025, 2, 11), Result(hedgedBid) with { Claims = [Claim("openai", "elon-musk", "OpenAI accuse Musk")] });
        await store.StoreAsync("d", new DateOnly(2024, 6, 1), Claims(Claim("elon-musk", "openai", "Musk accuse OpenAI", hedged: true)));
        await store.StoreAsync("e", new DateOnly(2024, 6, 2), Claims(Claim("elon-musk", "sam-altman")));

        await using var db = database.Open();
        var timeline = await db.DisputeTimelineAsync("elon-musk-vs-openai");

        Assert.NotNull(timeline);
        Assert.Equal(["elon-musk", "openai"], new[] { timeline.ActorA, timeline.ActorB }.Select(a => a.Slug).Order());
        Assert.Equal(
            ["Event lawsuit 2024-02-29 2", "Claim  2024-06-01 1", "Event bid 2025-02-10 1", "Claim  2025-02-11 1"],
            timeline.Entries.Select(e => $"{e.Kind} {e.EventType} {e.SortDate:yyyy-MM-dd} {e.Sources.Count}"));
        var musk = await store.ActorIdAsync("elon-musk");
        Assert.Equal(musk, timeline.Entries[0].ActorId);
        Assert.True(timeline.Entries[1].Hedged);
        Assert.Equal((true, 97_400_000_000m, "USD"), (timeline.Entries[2].Hedged, timeline.Entries[2].AmountValue, timeline.Entries[2].AmountCurrency));
        Assert.Equal(("OpenAI accuse Musk", musk), (timeline.Entries[3].Text, timeline.Entries[3].OtherActorId));
        Assert.Null(await db.DisputeTimelineAsync("inconnu-vs-personne"));
    }
}
