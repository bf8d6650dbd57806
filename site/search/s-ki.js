DossierSearch.shard("ki", {"kind":"0.6","kinds":"2.6","kingdom":"2.9"});
