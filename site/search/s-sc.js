DossierSearch.shard("sc", {"scale":"3.6","scenario":"3.6","scorned":"2.6"});
