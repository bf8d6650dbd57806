DossierSearch.shard("ja", {"jabs":"4.6","jab~":"4.6","japan":"0.9"});
