DossierSearch.shard("fr", {"fracturing":"4.6","frequent":"0.6","friend":"3.6","friendly":"3.6","friendship":"2.6","front":"0.4,1.2,2.3","fronts":"4.6"});
