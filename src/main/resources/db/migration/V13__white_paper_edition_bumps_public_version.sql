-- Publishing a white paper edition changes the public pages (they show the latest edition) without an audited change
-- (editions are kept as issued, not audited), so the insert raises the public content version itself: a public page
-- cached after the last data change and before the publication is not served any longer (see V2).
create trigger white_paper_edition_bumps_public_content_version
    after insert on white_paper_edition
    for each row execute function bump_public_content_version();
