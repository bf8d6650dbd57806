DossierSearch.shard("ig", {"ignore":"0.4,1.4","ignor~":"0.4,1.4"});
