DossierSearch.shard("ga", {"game":"3.6","games":"2.8","gas":"1.4,1.4","gathering":"2.6"});
