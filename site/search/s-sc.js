DossierSearch.shard("sc", {"scale":"4.6","scenario":"4.6","scorned":"3.6","scorn~":"3.6"});
