DossierSearch.shard("dy", {"dying":"3.6","dynamic":"0.6"});
