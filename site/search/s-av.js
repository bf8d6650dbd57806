DossierSearch.shard("av", {"avert":"2.6","avoid":"3.6","avoiding":"3.6"});
