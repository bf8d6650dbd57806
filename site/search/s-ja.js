DossierSearch.shard("ja", {"jabs":"3.6","japan":"0.9"});
