DossierSearch.shard("ki", {"kind":"0.6","kinds":"3.6","kind~":"3.6","kingdom":"3.9"});
