DossierSearch.shard("av", {"avert":"3.6","avoid":"4.6","avoiding":"4.6","avoid~":"4.6"});
