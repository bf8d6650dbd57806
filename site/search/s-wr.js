DossierSearch.shard("wr", {"wrapped":"3.6","wrap~":"3.6"});
