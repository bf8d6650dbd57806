DossierSearch.shard("ga", {"game":"4.6","games":"3.8","game~":"3.8","gas":"2.4,1.4","gathering":"3.6","gather~":"3.6"});
