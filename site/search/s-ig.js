DossierSearch.shard("ig", {"ignore":"0.4,4.4"});
