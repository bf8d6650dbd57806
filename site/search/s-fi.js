DossierSearch.shard("fi", {"fight":"0.4,4.4","finished":"2.6","firms":"1.6","fit":"3.6","fits":"3.6","five":"2.6"});
