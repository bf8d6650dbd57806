DossierSearch.shard("dy", {"dying":"4.6","dynamic":"0.6","dynam~":"0.6"});
